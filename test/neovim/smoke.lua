-- Headless Neovim (0.7+) smoke test of the language server, with the README's setup:
--   nvim --headless -u NONE -c "luafile test/neovim/smoke.lua"
-- Prints "SMOKE OK <feature>" for each check and quits with `qall!`; any failure prints "SMOKE FAIL ..." and quits
-- with `cquit 1`. Every wait has a timeout, and a watchdog quits with an error if the whole run takes too long.

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function fail(message)
  error({ smoke = message }, 0)
end

local watchdog = vim.loop.new_timer()
watchdog:start(45000, 0, vim.schedule_wrap(function()
  out('SMOKE FAIL watchdog: the run took more than 45 s')
  vim.cmd('cquit 1')
end))

-- The repository root, from this script's own path (test/neovim/smoke.lua).
local script = debug.getinfo(1, 'S').source:gsub('^@', '')
local root = vim.fn.fnamemodify(script, ':p:h:h:h')
local server = root .. '/server/out/server.js'

local function run()
  if vim.fn.filereadable(server) ~= 1 then
    fail(server .. ' is missing: run npm run bundle')
  end
  out('SMOKE nvim ' .. tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch)

  -- The README's configuration, with the real server path.
  vim.cmd('filetype on')
  local client_id
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'terraform',
    callback = function(args)
      client_id = client_id or vim.lsp.start_client({
        name = 'sagemaker-terraform',
        cmd = { 'node', server, '--stdio' },
        root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
      })
      vim.lsp.buf_attach_client(args.buf, client_id)
    end,
  })

  -- A module folder of its own, so the server's workspace scan sees only this file.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local file = dir .. '/main.tf'
  local lines = {
    'resource "aws_sagemaker_endpoint_configuration" "c" {', -- 0
    '  name = "cfg"', -- 1
    '  production_variants {', -- 2
    '    variant_name           = "primary"', -- 3
    '    model_name             = "m"', -- 4
    '    instance_type          = "ml.m5.large"', -- 5
    '    initial_instance_count = 1', -- 6
    '    volume_size_in_gb      = 9999', -- 7
    '  }', -- 8
    '  production_variants {', -- 9
    '    variant_name = "second"', -- 10
    '    ', -- 11: completion here
    '  }', -- 12
    '}', -- 13
  }
  vim.fn.writefile(lines, file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'terraform' then
    fail('filetype of main.tf is "' .. vim.bo[bufnr].filetype .. '", not terraform')
  end
  if not client_id then fail('the FileType autocmd did not start a client') end

  local ready = vim.wait(15000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 50)
  if not ready then fail('the server did not finish initialize within 15 s') end
  if not vim.lsp.buf_is_attached(bufnr, client_id) then fail('the buffer is not attached to the client') end

  -- Diagnostics: the out-of-range volume size, on its line.
  local found
  vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'sagemaker/value-out-of-range' then
        found = d
        return true
      end
    end
    return false
  end, 50)
  if not found then
    fail('no sagemaker/value-out-of-range diagnostic within 15 s; got ' .. vim.inspect(vim.diagnostic.get(bufnr)))
  end
  if found.lnum ~= 7 then fail('the diagnostic is on line ' .. found.lnum .. ', not 7: ' .. vim.inspect(found)) end
  out('SMOKE OK diagnostics: ' .. found.code .. ' at ' .. found.lnum .. ':' .. found.col .. ' ' .. found.message)

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, line, character)
    local params = { textDocument = { uri = uri }, position = { line = line, character = character } }
    local results, err = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
    if not results then fail(method .. ' failed: ' .. tostring(err)) end
    local response = results[client_id]
    if not response then fail(method .. ': no response from the client') end
    if response.err then fail(method .. ' error: ' .. vim.inspect(response.err)) end
    return response.result
  end

  -- Completion inside the second production_variants block.
  local completion = request('textDocument/completion', 11, 4)
  local items = completion and (completion.items or completion) or {}
  local labels = {}
  for _, item in ipairs(items) do
    labels[#labels + 1] = item.label
  end
  if not vim.tbl_contains(labels, 'instance_type') then
    fail('completion does not offer instance_type: ' .. table.concat(labels, ', '))
  end
  out('SMOKE OK completion: ' .. #labels .. ' items, including instance_type')

  -- Hover on instance_type in the first block.
  local hover = request('textDocument/hover', 5, 6)
  local value = hover and hover.contents and (hover.contents.value or hover.contents) or nil
  if type(value) ~= 'string' or not value:find('instance_type', 1, true) then
    fail('hover does not mention instance_type: ' .. vim.inspect(hover))
  end
  out('SMOKE OK hover: ' .. (value:match('[^\n]+') or ''))

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
  vim.fn.delete(dir, 'rf')
end

local ok, err = xpcall(run, function(e)
  if type(e) == 'table' and e.smoke then return e.smoke end
  return debug.traceback(tostring(e), 2)
end)
watchdog:stop()
if ok then
  out('SMOKE PASS')
  vim.cmd('qall!')
else
  out('SMOKE FAIL ' .. tostring(err))
  vim.cmd('cquit 1')
end
