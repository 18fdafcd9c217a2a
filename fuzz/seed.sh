#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's specs: the public corpus
# (documents up to 300 KB), the construct specs and the Inkeep spec.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/spec_bytes corpus/spec_structured
for file in ../tests/corpus/*.json ../tests/corpus/*.yaml ../tests/constructs/*.yaml ../specs/*.yaml; do
    [ "$(stat -c %s "$file")" -le 300000 ] || continue
    name=$(basename "$file")
    case "$name" in
        *.json) selector='\x01' ;;
        *) selector='\x00' ;;
    esac
    { printf "$selector"; cat "$file"; } > "corpus/spec_bytes/$name"
done
echo "seeded $(ls corpus/spec_bytes | wc -l) inputs"
