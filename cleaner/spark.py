"""The Spark engine: the same rules and the same outputs, on an Apache Spark cluster.

The driver holds file paths and counts, never the text. Executors read the raw files,
count the short lines for the corpus pass (only the recurring ones come back), clean and
write each document with the same code as the local engine, and build the validation
tables as Spark DataFrames that Great Expectations' Spark data source validates in place.
The output folder must be one the executors can write (local disk with ``local[N]``, a
shared file system on a cluster).

PySpark is an optional extra: ``pip install 'cleaner[spark]'``.
"""

from __future__ import annotations

from collections import Counter
from operator import add
from pathlib import Path

from cleaner.types import Corpus


def session(master: str | None):
    """A Spark session (``local[*]`` unless ``master`` names a cluster), quiet."""
    import os
    import sys

    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName("cleaner").master(master or "local[*]")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true"))
    # Workers run this interpreter (the one with cleaner installed) unless told otherwise;
    # on a cluster, PYSPARK_PYTHON names the executors' Python.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def clean_corpus(spark, raw: Path, out: Path, config) -> list:
    """Clean ``raw`` into ``out`` on the executors; return one small outcome per input."""
    from cleaner import io
    from cleaner.corpus import needed_documents

    planned, passed_over = io.plan_inputs([raw], exclude=out)
    skipped = [(file, None, 0, 0, {}, reason, 0.0) for file, reason in passed_over]
    inputs = [(str(file), str(root) if root else None, doc_id) for file, root, doc_id in planned]
    if not inputs:
        return skipped
    sc = spark.sparkContext
    paths = sc.parallelize(inputs, max(1, min(len(inputs), sc.defaultParallelism * 4)))
    candidates = paths.map(_short_lines_of).filter(lambda lines: lines is not None).cache()
    documents = candidates.count()
    needed = needed_documents(documents, config.recurring_share, config.recurring_min_docs)
    recurring = (candidates.flatMap(lambda lines: [(line, 1) for line in lines]).reduceByKey(add)
                 .filter(lambda kv: kv[1] >= needed).keys().collect())
    candidates.unpersist()
    corpus = Corpus(frozenset(recurring), config.chrome_phrases, config.ad_phrases, config.max_removed_share)
    shared = sc.broadcast((corpus, str(out)))
    return skipped + paths.mapPartitions(lambda part: _clean_partition(part, shared.value)).collect()


def _short_lines_of(item):
    from cleaner import io
    from cleaner.corpus import short_lines

    file, root, _ = item
    try:
        text = io.read(Path(file), Path(root) if root else None)[0]
    except (io.InputError, OSError):
        return None
    return sorted(short_lines(text))


def _clean_partition(items, shared):
    from cleaner import parallel

    corpus, out = shared
    parallel._init(corpus, Path(out))
    for file, root, doc_id in items:
        outcome = parallel._clean_one(("file", Path(file), Path(root) if root else None, doc_id))
        yield (outcome.path, outcome.doc_id, outcome.chars_in, outcome.chars_out,
               dict(outcome.counts), outcome.error, outcome.removed_share)


def outcomes(rows) -> list:
    """The executors' tuples as :class:`cleaner.parallel.Outcome` values."""
    from cleaner.parallel import Outcome

    return [Outcome(path, doc_id, chars_in, chars_out, Counter(counts), share, error)
            for path, doc_id, chars_in, chars_out, counts, error, share in rows]


# ---- validation tables as Spark DataFrames ---------------------------------------------

def tables(spark, clean_dir: Path):
    """The documents / paragraphs / findings tables of ``clean_dir``, built on the executors."""
    from cleaner import io
    from cleaner import tables as local

    records = [str(p) for p in io.iter_records(Path(clean_dir))]
    rdd = spark.sparkContext.parallelize(records, max(1, min(len(records), spark.sparkContext.defaultParallelism * 4)))

    def frame(kind: str, columns):
        rows = rdd.flatMap(lambda path: _rows(path, kind))
        # Cached on the executors: GX computes each metric as its own Spark job.
        return spark.createDataFrame(rows, _schema(kind, columns)).cache()

    empty = local.build([])
    return local.Tables(frame("documents", empty.documents.columns),
                        frame("paragraphs", empty.paragraphs.columns),
                        frame("findings", empty.findings.columns))


def _rows(path: str, kind: str):
    from cleaner import io
    from cleaner import tables as local

    text, rec = io.read_clean(Path(path))
    built = local.build([(text, rec)])
    frame = getattr(built, kind)
    return [tuple(None if _missing(v) else _plain(v) for v in row) for row in frame.itertuples(index=False)]


def _missing(value) -> bool:
    """None, NaN and pandas' NA alike (a table cell pandas left empty)."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array: not a missing scalar
        return False


def _plain(value):
    """numpy scalars -> Python values Spark accepts."""
    return value.item() if hasattr(value, "item") else value


_INTEGER_COLUMNS = {"index", "start", "end", "chars_in", "chars_out", "paragraphs", "outline_items", "outline_breaks"}


def _schema(kind: str, columns):
    from pyspark.sql import types as T

    from cleaner.tables import ACTIONS, FAMILIES

    counts = {f"{family}_{action}" for family in FAMILIES for action in ACTIONS}
    fields = []
    for name in columns:
        if name in _INTEGER_COLUMNS or name in counts:
            kind_ = T.LongType()
        elif name == "removed_share":
            kind_ = T.DoubleType()
        else:
            kind_ = T.StringType()
        fields.append(T.StructField(name, kind_, True))
    return T.StructType(fields)
