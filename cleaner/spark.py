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


def clean_corpus(spark, raw: Path, out: Path, config, doc_timeout: float | None = None) -> list:
    """Clean ``raw`` into ``out`` on the executors; return one small
    :class:`cleaner.parallel.Outcome` per input, as the local engine does."""
    from cleaner import io
    from cleaner.corpus import needed_documents
    from cleaner.parallel import Outcome

    planned, passed_over = io.plan_inputs([raw], exclude=out)
    skipped = [Outcome(file, error=reason) for file, reason in passed_over]
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
    shared = sc.broadcast((corpus, str(out), doc_timeout))
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
    """Clean one partition with the local engine's code; the outcomes go back whole (a
    picklable dataclass: no field can land in another's place)."""
    from cleaner import parallel

    corpus, out, doc_timeout = shared
    parallel._init(corpus, Path(out), doc_timeout=doc_timeout)
    for file, root, doc_id in items:
        yield parallel._clean_one(("file", Path(file), Path(root) if root else None, doc_id))


# ---- validation tables as Spark DataFrames ---------------------------------------------

def tables(spark, clean_dir: Path):
    """The documents / paragraphs / findings tables of ``clean_dir``, built on the executors."""
    from cleaner import records
    from cleaner import tables as local

    paths = [str(p) for p in records.iter_records(Path(clean_dir))]
    rdd = spark.sparkContext.parallelize(paths, max(1, min(len(paths), spark.sparkContext.defaultParallelism * 4)))

    def frame(kind: str, columns):
        rows = rdd.flatMap(lambda path: _rows(path, kind))
        # Cached on the executors: GX computes each metric as its own Spark job.
        return spark.createDataFrame(rows, _schema(kind, columns)).cache()

    empty = local.build([])
    return local.Tables(frame("documents", empty.documents.columns),
                        frame("paragraphs", empty.paragraphs.columns),
                        frame("findings", empty.findings.columns))


def unusable_records(spark, clean_dir: Path) -> list[str]:
    """Why each record of ``clean_dir`` that cannot be read cannot, checked on the executors."""
    from cleaner import records

    paths = [str(p) for p in records.iter_records(Path(clean_dir))]
    if not paths:
        return []
    sc = spark.sparkContext
    return sc.parallelize(paths, max(1, min(len(paths), sc.defaultParallelism * 4))).flatMap(_problem_of).collect()


def _problem_of(path: str) -> list[str]:
    from cleaner import records

    try:
        records.read_clean(Path(path))
    except records.RecordError as exc:
        return [str(exc)]
    return []


def _rows(path: str, kind: str):
    from cleaner import records
    from cleaner import tables as local

    try:
        text, rec = records.read_clean(Path(path))
    except records.RecordError:  # listed by unusable_records
        return []
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
