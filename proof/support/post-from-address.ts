import { Agent, request } from 'node:http';

const agents = new Map<string, Agent>();
function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
}

/** Closes the kept-alive connections (call once the test is done). */
export function closeAddressAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/**
 * POSTs JSON from a chosen local source address (127.0.0.2, 127.0.0.3, …), so one test can play
 * several distinct anonymous clients against a gateway on 127.0.0.1. Resolves with the status.
 */
export function postFromAddress(
  url: string,
  body: unknown,
  localAddress: string,
  token?: string,
): Promise<number> {
  const data = Buffer.from(JSON.stringify(body));
  const target = new URL(url);
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent: agentFor(localAddress),
        headers: {
          'content-type': 'application/json',
          'content-length': data.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => ok(res.statusCode ?? 0));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(data);
  });
}
