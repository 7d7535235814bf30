export const signing = { primary: 'workspace-signing-key' }; // want hardcodedsecret
