#!/bin/sh
# VMS Flow's namespace on the compose Temporal, once the frontend answers: the namespace (30 days of retention) and
# the custom search attributes the workflows upsert, with their types. These must match
# workflows/src/main/java/com/vmsflow/flow/VmsSearchAttributes.java (ConfigFilesTest checks that they do): a
# workflow that upserts an attribute the server does not know fails its workflow task again and again.
# Safe to run again: what exists is left as it is.
set -eu

ADDRESS=${TEMPORAL_ADDRESS:-temporal:7233}
NAMESPACE=${VMSFLOW_NAMESPACE:-vmsflow}
RETENTION=${VMSFLOW_RETENTION:-720h}
SEARCH_ATTRIBUTES="ClientId:Keyword ChannelOrderId:Keyword OrderStatus:Keyword EInvoicingModel:Keyword
ReturnModel:Keyword WaitingFor:Keyword WaitingSince:Datetime Overdue:Bool"

# Retries a command for up to two minutes: the frontend, and a namespace just created, take a moment to answer.
retry() {
  attempt=1
  until "$@"; do
    if [ "$attempt" -ge 60 ]; then
      echo "gave up after $attempt attempts: $*" >&2
      return 1
    fi
    attempt=$((attempt + 1))
    sleep 2
  done
}

echo "waiting for the Temporal frontend at $ADDRESS"
retry temporal operator cluster health --address "$ADDRESS"

ensure_namespace() {
  temporal operator namespace describe --namespace "$NAMESPACE" --address "$ADDRESS" >/dev/null 2>&1 ||
    temporal operator namespace create --namespace "$NAMESPACE" --retention "$RETENTION" --address "$ADDRESS"
}

registered() {
  temporal operator search-attribute list --namespace "$NAMESPACE" --address "$ADDRESS" | grep -qw "$1"
}

register() {
  registered "$1" || temporal operator search-attribute create --namespace "$NAMESPACE" --address "$ADDRESS" \
    --name "$1" --type "$2"
}

retry ensure_namespace
echo "namespace $NAMESPACE is there"
for attribute in $SEARCH_ATTRIBUTES; do
  retry register "${attribute%%:*}" "${attribute#*:}"
done
echo "search attributes of $NAMESPACE:"
temporal operator search-attribute list --namespace "$NAMESPACE" --address "$ADDRESS"
