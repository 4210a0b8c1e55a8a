"""The batch calls (and single calls on long texts) let other Python threads
run: they release the GIL while they work."""

import random
import sys
import threading
import time

import indonlp_rs as indonlp

PARAGRAPH = (
    "Presiden Prabowo Subianto menerima Menlu Rusia Sergei Lavrov di Jakarta. "
    "Warga Korut berbondong-bondong pergi ke Wonsan pada 13/7 pukul 08.00. "
    "Harga beras naik 3,5 persen menjadi Rp12.500 per kilogram, kata BPS. "
)


def progress_during(calls):
    """How far a spinning Python thread gets during each call (the switch
    interval is long, so without a released GIL it gets nowhere)."""
    count = 0
    stop = False

    def spin():
        nonlocal count
        while not stop:
            count += 1

    old = sys.getswitchinterval()
    sys.setswitchinterval(0.5)
    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        out = []
        for call in calls:
            # On a busy machine the spinner may not be scheduled within one
            # call: the best of three attempts.
            best = 0
            for _ in range(3):
                time.sleep(0.01)  # the spinner holds the GIL; take it back now
                before = count
                call()
                best = max(best, count - before)
                if best:
                    break
            out.append(best)
        return out
    finally:
        stop = True
        spinner.join()
        sys.setswitchinterval(old)


def test_batches_release_the_gil():
    texts = [PARAGRAPH * 100] * 100  # 2 MB
    # Long words: much scanning, few token objects to build afterwards.
    long_words = ["x" * 1_000_000] * 50
    rng = random.Random(13)
    # Distinct made-up words: each is really stemmed, which takes a while.
    words = ["mem" + "".join(rng.choices("abdegiklmnoprstu", k=7)) + "kan" for _ in range(150_000)]
    floats = [rng.random() for _ in range(300_000)]
    gains = progress_during(
        [
            lambda: indonlp.analyze_many(texts, threads=1),
            lambda: indonlp.entities_many(texts, threads=1),
            lambda: indonlp.tokenize_many(long_words, threads=1),
            lambda: indonlp.stem_many(words, threads=1),
            lambda: indonlp.analyze(PARAGRAPH * 5000),
            # Control: a C call that keeps the GIL (sorting floats runs no
            # bytecode) lets the spinner do nothing: the test can tell.
            lambda: sorted(floats) and None,
        ]
    )
    assert all(g > 0 for g in gains[:-1]), gains
    assert gains[-1] == 0, gains
