// Drives an MCP server over stdio with the official TypeScript SDK's client: initialize, list the
// tools, call each of the given calls, and print one JSON object of what came back.
// Usage: node client.mjs '["cmd","arg",...]' '[{"name":"tool","arguments":{...}},...]'
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [command, ...args] = JSON.parse(process.argv[2]);
const calls = JSON.parse(process.argv[3]);
const transport = new StdioClientTransport({ command, args, stderr: "inherit" });
const client = new Client({ name: "ophamin-ts-test", version: "1.0.0" });
await client.connect(transport);
const tools = (await client.listTools()).tools.map((t) => t.name);
const results = [];
for (const call of calls) {
  const r = await client.callTool(call);
  results.push({ name: call.name, isError: Boolean(r.isError), structured: r.structuredContent ?? null,
                 text: r.content && r.content[0] ? r.content[0].text : null });
}
console.log(JSON.stringify({ server: client.getServerVersion(), tools, results }));
await client.close();
