-- Drives `sessionlint lsp` from Neovim's own LSP client, as a user would:
-- open a Go file, edit it, save it, break it, fix it. Run by
-- TestLSPNeovim as
--
--   nvim --headless -u NONE -i NONE -n -c "luafile session.lua"
--
-- with SL_BIN (the sessionlint binary), SL_FILE (the Go file) and SL_OUT
-- (where the results go, as JSON) in the environment. Works with Neovim
-- 0.7 (Debian 12) and later.

local bin, file, out = vim.env.SL_BIN, vim.env.SL_FILE, vim.env.SL_OUT
local results = { steps = {} }
local publishes = 0

local function finish(code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

-- The diagnostics Neovim shows for the buffer, as {code, severity, line, message}.
local function shown(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(list, { code = code or vim.NIL, severity = d.severity, line = d.lnum, message = d.message })
  end
  return list
end

local function has(buf, pred)
  for _, d in ipairs(shown(buf)) do
    if pred(d) then
      return true
    end
  end
  return false
end

local function cookieflags(d)
  return d.code == 'cookieflags'
end

-- wait_settled waits for a publication beyond the first n, then for the
-- server to be quiet for a moment, and records what the buffer shows.
local function step(name, buf, n, ok)
  local arrived = vim.wait(120000, function() return publishes > n end, 50)
  local last = publishes
  while arrived do
    vim.wait(1500, function() return false end, 50)
    if publishes == last then break end
    last = publishes
  end
  table.insert(results.steps, { name = name, arrived = arrived, diagnostics = shown(buf), ok = arrived and ok(buf) })
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'go'

  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri == vim.uri_from_fname(file) then
      publishes = publishes + 1
    end
    return default(err, result, ctx, config)
  end

  local config = { name = 'sessionlint', cmd = { bin, 'lsp' }, root_dir = vim.fn.fnamemodify(file, ':h') }
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    vim.lsp.buf_attach_client(buf, vim.lsp.start_client(config))
  end

  -- Opened: the finding shows.
  step('open', buf, 0, function(b) return has(b, cookieflags) end)

  -- Edited, unsaved: analysed through go vet's overlay.
  local n = publishes
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { '// Package main is a demo.' })
  step('edit', buf, n, function(b) return has(b, cookieflags) end)

  -- Saved: go vet's cache replays the overlay run; the finding stays.
  n = publishes
  vim.cmd('write')
  step('save', buf, n, function(b) return has(b, cookieflags) end)

  -- A syntax error: shown as an error, the finding kept.
  n = publishes
  local count = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, count, count, false, { 'func {' })
  step('syntax error', buf, n, function(b)
    return has(b, cookieflags) and has(b, function(d)
      return d.severity == vim.diagnostic.severity.ERROR and d.line == count and d.message:find('expected') ~= nil
    end)
  end)

  -- Fixed again.
  n = publishes
  vim.api.nvim_buf_set_lines(buf, count, count + 1, false, {})
  step('fixed', buf, n, function(b)
    return has(b, cookieflags) and not has(b, function(d) return d.severity == vim.diagnostic.severity.ERROR end)
  end)
end

local ok, err = pcall(main)
if not ok then
  results.error = tostring(err)
  finish(1)
else
  finish(0)
end
