#!/usr/bin/env python3
"""Time and peak memory of importing a large register table.

Generates a CSV table of N meetings in the shape registers are typed in
(Meeting, Lead, Purpose, Key participants, Frequency; participants written as
people do, "Heads of X including A, B", "C/Supt Name", abbreviations), then
in a fresh process imports it with ``govgraph.import_csv`` (no base register:
the shipped glossary only) and, in another fresh process, loads the resulting
register from JSON. Prints, per size, the import's seconds and peak resident
memory, and the finished register's own footprint (the resident memory the
loaded register adds), and their ratio:

    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/csv_import.py --rows 100000 1000000
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

BODIES = ["PCC", "OPCC", "Constabulary", "CPS", "HMCTS", "National Probation Service", "YOT", "CCG",
          "Public Health", "Fire and Rescue Service", "Ambulance Trust", "LSCB", "LSAB", "CVS",
          "Housing Association", "DWP", "Prison", "University Health Board", "County Council",
          "District Council", "Community Safety Partnership", "Health and Wellbeing Board"]
PEOPLE = ["C/Supt Geoff Wessell", "ACC Watson", "Chief Executive", "Director of Public Health",
          "Director of Children's Services", "Head of Community Safety", "Safeguarding Manager"]
FREQUENCIES = ["Monthly", "Bi monthly", "Quarterly", "Six monthly", "Annually", "Every 6 weeks",
               "Monthly except August", "Twice a year"]
TOPICS = ["community safety", "reducing reoffending", "safeguarding children", "domestic abuse",
          "mental health", "serious violence", "road safety", "anti-social behaviour", "drugs and alcohol"]


def write_table(path, rows, seed=7):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Meeting,Lead,Purpose,Key participants,Frequency\n")
        for k in range(rows):
            topic = rng.choice(TOPICS)
            area = f"Area {k % 5000}"
            people = rng.sample(BODIES, 5) + rng.sample(PEOPLE, 1)
            participants = ", ".join(people)
            lead = rng.choice(BODIES[:6])
            f.write(f"\"{area} {topic.title()} Board {k}\",{lead},\"To oversee {topic} across {area}\","
                    f"\"{participants}\",{rng.choice(FREQUENCIES)}\n")


CHILD_IMPORT = """
import resource, sys, time, govgraph
start = time.perf_counter()
result = govgraph.import_csv(sys.argv[1])
seconds = time.perf_counter() - start
govgraph.save_json(result.register, sys.argv[2], indent=-1)
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(result.register.meetings))
"""

CHILD_LOAD = """
import ctypes, gc, sys, govgraph
def rss():
    # Memory the loader freed goes back to the system first, so that what
    # remains is the register's own.
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 // 1024
before = rss()
reg = govgraph.load_json(sys.argv[1])
print(rss() - before)
"""


def run_child(code, *args):
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[10000, 100000])
    args = parser.parse_args()
    print(f"{'rows':>9} {'import s':>9} {'peak MiB':>9} {'register MiB':>13} {'ratio':>6} {'CSV MiB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            table = os.path.join(folder, f"t{rows}.csv")
            out = os.path.join(folder, f"r{rows}.json")
            write_table(table, rows)
            seconds, peak_kib, meetings = run_child(CHILD_IMPORT, table, out)
            assert int(meetings) == rows, (meetings, rows)
            register_kib = int(run_child(CHILD_LOAD, out)[0])
            peak = int(peak_kib) / 1024
            register = register_kib / 1024
            print(f"{rows:>9,} {float(seconds):>9.1f} {peak:>9.0f} {register:>13.0f} {peak / register:>6.1f} "
                  f"{os.path.getsize(table) / 2**20:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
