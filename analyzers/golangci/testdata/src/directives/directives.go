// Package directives has ignore directives that name no known rule: the
// first rule the plugin runs must report them, whichever rules are off.
package directives

/* want "names unknown rule nosuchrule" */ //sessionlint:ignore nosuchrule the rule was renamed

/* want "names no rule" */ //sessionlint:ignore
