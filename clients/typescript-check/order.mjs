// An integrator's look at one order workflow with Temporal's TypeScript SDK, against a real Temporal server: the
// workflow's description and search attributes, its `state` query, and one update the workflow is expected to refuse.
// Prints one JSON object (run by TypeScriptClientEndToEndTest in the launcher module):
//
//   node order.mjs <address> <namespace> <workflowId> <update name> '<update argument JSON>'
//
//   {"describe": {...}, "state": {...}, "update": {...}}
//
// Nothing here knows VMS Flow's Java classes: every payload is read with the SDK's default data converter.
import { Connection, WorkflowClient } from '@temporalio/client';
import { describeRefusal } from './refusal.mjs';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

const [address, namespace, workflowId, updateName, updateArgJson] = process.argv.slice(2);
if (!updateArgJson) {
  console.error('usage: node order.mjs <address> <namespace> <workflowId> <update name> <update argument JSON>');
  process.exit(2);
}

// The order workflow's search attributes (VmsSearchAttributes), as an integrator declares them.
const keys = {
  ClientId: defineSearchAttributeKey('ClientId', SearchAttributeType.KEYWORD),
  ChannelOrderId: defineSearchAttributeKey('ChannelOrderId', SearchAttributeType.KEYWORD),
  OrderStatus: defineSearchAttributeKey('OrderStatus', SearchAttributeType.KEYWORD),
  WaitingFor: defineSearchAttributeKey('WaitingFor', SearchAttributeType.KEYWORD),
  WaitingSince: defineSearchAttributeKey('WaitingSince', SearchAttributeType.DATETIME),
};

const decoder = new TextDecoder();
const text = (bytes) => (bytes == null ? null : decoder.decode(bytes));

const connection = await Connection.connect({ address });
try {
  const client = new WorkflowClient({ connection, namespace });
  const handle = client.getHandle(workflowId);

  const description = await handle.describe();
  const typed = {};
  for (const [name, key] of Object.entries(keys)) {
    const value = description.typedSearchAttributes.get(key);
    typed[name] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  const describe = {
    workflowId: description.workflowId,
    status: description.status.name,
    type: description.type,
    taskQueue: description.taskQueue,
    typedSearchAttributes: typed,
    // The deprecated untyped view: every value an array.
    searchAttributes: Object.fromEntries(Object.keys(keys).map((name) => [name,
      (description.searchAttributes[name] ?? null)])),
  };

  const state = await handle.query('state');
  // The same query through the raw gRPC service, to see the payload the data converter decoded above.
  const raw = await connection.workflowService.queryWorkflow({
    namespace, execution: { workflowId }, query: { queryType: 'state' },
  });
  const payload = raw.queryResult.payloads[0];
  const line = state.lines?.[0] ?? {};
  const stateSeen = {
    encoding: text(payload.metadata.encoding),
    clientId: state.clientId,
    orderId: state.orderId,
    status: state.status,
    waitingFor: state.waitingFor,
    waitingForWhat: state.waitingForWhat,
    waitingSince: state.waitingSince,
    lineCount: state.lines?.length ?? null,
    firstLine: { clientSku: line.clientSku, ordered: line.ordered, price: line.price, priceType: typeof line.price },
    priceInPayload: /"price":([^,}]*)/.exec(text(payload.data))?.[1] ?? null,
  };

  let update;
  try {
    const result = await handle.executeUpdate(updateName, { args: [JSON.parse(updateArgJson)] });
    update = { accepted: true, status: result?.status ?? null };
  } catch (err) {
    update = describeRefusal(err);
  }

  console.log(JSON.stringify({ describe, state: stateSeen, update }));
} finally {
  await connection.close();
}
