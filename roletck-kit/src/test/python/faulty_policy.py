"""The python example with one fault of timing or form, for the kit's transport tests.

Usage: faulty_policy.py MODE. The fault concerns one request, the trigger: legal hold, compliance
officer alone, customer. Every other request gets policy.py's answer.

  late      answer the trigger 0.6 s late (past a 300 ms timeout), then go on
  hang      never answer the trigger, nor anything after it
  long      answer the trigger with a 3 MB line
  escape    answer the trigger with an error holding a newline, a terminal escape and a lone surrogate
  reverse   answer each chunk of requests read at once in reverse order; write the largest chunk
            size to the file named by FAULTY_CHUNKS
  family    start a grandchild and a double-forked daemon (sleep 301.5 / 302.5) and answer normally
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "examples", "python"))
import policy  # noqa: E402


def trigger(req):
    return (req.get("kind") == "access" and req.get("capability") == "legal_hold"
            and req.get("roles") == ["compliance_officer"] and req.get("relation") == "customer")


def main():
    mode = sys.argv[1]
    if mode == "family":
        subprocess.Popen(["sleep", "301.5"])
        subprocess.Popen(["sh", "-c", "(sleep 302.5 &) ; exit 0"]).wait()
    if mode == "reverse":
        reverse()
        return
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if trigger(req):
            if mode == "late":
                time.sleep(0.6)
            elif mode == "hang":
                time.sleep(3600)
            elif mode == "long":
                sys.stdout.write(json.dumps({"id": req["id"], "access": "x" * (3 << 20)}) + "\n")
                sys.stdout.flush()
                continue
            elif mode == "escape":
                sys.stdout.write('{"id": %d, "error": "bad\\nroletck.yaml:1:1: forged \\u001b[31mred \\ud800"}\n' % req["id"])
                sys.stdout.flush()
                continue
        sys.stdout.write(policy.reply_line(line) + "\n")
        sys.stdout.flush()


def reverse():
    largest = 0
    rest = b""
    while True:
        chunk = os.read(0, 1 << 16)
        if not chunk:
            break
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        lines = [l.decode() for l in lines if l.strip()]
        largest = max(largest, len(lines))
        with open(os.environ["FAULTY_CHUNKS"], "w") as f:
            f.write(str(largest))
        sys.stdout.write("".join(policy.reply_line(l) + "\n" for l in reversed(lines)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
