// Sends updates to a running workflow with Temporal's TypeScript SDK and prints, as one JSON line, what each refusal
// looks like to a client in another SDK: the error's name, and its cause's type, nonRetryable, message and details.
//
//   node refusals.mjs <address> <namespace> <workflowId> '<[{"update": "support", "arg": {}}, ...]>'
//
// An update that is taken instead of refused is reported as {"accepted": true}.
import { Connection, WorkflowClient } from '@temporalio/client';
import { describeRefusal } from './refusal.mjs';

const [address, namespace, workflowId, casesJson] = process.argv.slice(2);
if (!casesJson) {
  console.error('usage: node refusals.mjs <address> <namespace> <workflowId> <cases JSON>');
  process.exit(2);
}

const connection = await Connection.connect({ address });
try {
  const client = new WorkflowClient({ connection, namespace });
  const handle = client.getHandle(workflowId);
  const results = [];
  for (const { update, arg } of JSON.parse(casesJson)) {
    try {
      await handle.executeUpdate(update, { args: [arg] });
      results.push({ update, accepted: true });
    } catch (err) {
      results.push({ update, ...describeRefusal(err) });
    }
  }
  console.log(JSON.stringify(results));
} finally {
  await connection.close();
}
