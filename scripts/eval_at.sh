#!/usr/bin/env bash
# Score an older commit's pipeline with today's evaluation and gold, e.g. the "before" numbers in EVALUATION.md:
#   bash scripts/eval_at.sh a798b9d [infer evaluate options...]
#   GOLD=devset2/prose/gold.json bash scripts/eval_at.sh e83a26b --reports devset2/prose/reports
# (GOLD and --reports paths are read from this checkout, so sets newer than REV can be scored on it.)
# The commit is checked out in a temporary git worktree; today's infer/evaluate.py and annotations/gold/ are laid
# over it, so the scoring is identical and only the pipeline differs. Uses this checkout's .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/eval_at.sh REV [options]}; shift
here=$(pwd)
wt=$(mktemp -d)/nianbao-$rev
git worktree add --detach -q "$wt" "$rev"
trap 'git worktree remove --force "$wt"' EXIT
cp infer/evaluate.py "$wt/infer/evaluate.py"
# today's scoring decides what a real gold disagreement is with today's reconcile identities: lay those two
# modules beside the old ones under other names, so the old pipeline keeps its own reconciliation
cp infer/result.py "$wt/infer/_scoring_result.py"
sed 's/^from infer.result import/from infer._scoring_result import/' infer/reconcile.py > "$wt/infer/_scoring_reconcile.py"
sed -i 's/from infer.reconcile import identity_explains/from infer._scoring_reconcile import identity_explains/' \
  "$wt/infer/evaluate.py"
mkdir -p "$wt/annotations/gold" && cp annotations/gold/*.json "$wt/annotations/gold/"
gold=${GOLD:-annotations/gold/corpus.json}
[[ $gold = /* ]] || gold="$here/$gold"
args=()
while (($#)); do
  if [[ $1 = --reports ]]; then args+=("$1" "$(cd "$here" && realpath "$2")"); shift 2; else args+=("$1"); shift; fi
done
cd "$wt" && PYTHONPATH="$wt" NIANBAO_SHARED="${NIANBAO_SHARED:-$here/../shared}" \
  "$here/.venv/bin/python" -m infer.cli evaluate "$gold" --baseline "${args[@]}"
