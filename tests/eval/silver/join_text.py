#!/usr/bin/env python3
"""Turns a silver annotation file of this folder into a gold file `quarry eval` reads.

The silver files hold only the annotations (offsets, type, value, an optional `borderline` note) and the name
of the shared benchmark file each document's text comes from, so that no article is copied into the
repository. This script joins each document with its text from the shared folder and checks that every span's
bytes still equal its recorded text.

    join_text.py SHARED_DIR SILVER.jsonl OUT.jsonl [--without-borderline]

--without-borderline leaves out the spans the annotators marked as judgement calls.
Exit status: 0 on success, 1 when a text is missing or a span no longer matches.
"""
import json
import sys


def load_texts(shared, sources):
    texts = {}
    for source in sources:
        with open(f"{shared}/{source}", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                texts[(source, doc["id"])] = doc["text"]
    return texts


def main(argv):
    if len(argv) not in (4, 5) or (len(argv) == 5 and argv[4] != "--without-borderline"):
        print(__doc__, file=sys.stderr)
        return 2
    shared, silver, out = argv[1], argv[2], argv[3]
    keep_borderline = len(argv) == 4
    with open(silver, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    texts = load_texts(shared, sorted({d["source"] for d in docs}))
    with open(out, "w", encoding="utf-8") as f:
        for doc in docs:
            text = texts.get((doc["source"], doc["id"]))
            if text is None:
                print(f"join_text.py: {doc['id']} is not in {doc['source']}", file=sys.stderr)
                return 1
            raw = text.encode("utf-8")
            dates = []
            for span in doc["dates"]:
                if raw[span["start"]:span["end"]].decode("utf-8", "replace") != span["text"]:
                    print(f"join_text.py: {doc['id']}: span {span['start']}-{span['end']} no longer reads "
                          f"{span['text']!r}", file=sys.stderr)
                    return 1
                if "borderline" in span and not keep_borderline:
                    continue
                dates.append({k: span[k] for k in ("start", "end", "text", "type", "value")})
            f.write(json.dumps({"id": doc["id"], "dct": doc["dct"], "text": text, "dates": dates},
                               ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
