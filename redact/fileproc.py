"""The work on one file: a pure function of (file bytes, policy) → (output bytes, records).

Nothing here touches the file system, so the batch runner can hand files to processes
on this machine today and to a distributed engine later without change.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from redact import limits
from redact.errors import FileRejected
from redact.formats import IMAGE_EXTENSIONS, PDF_EXTENSIONS, handler_for, reject_unsupported
from redact.redactor import Redactor
from redact.decisions import Review
from redact.outcome import FileOutcome, FindingRecord, sha256  # noqa: F401 - this module's interface
from redact.units import NameCollector, UnitRedactor, look_at_lines

#: What a clerk is told when reading a file failed, by the exception's class (or a base of it);
#: the class's name follows in parentheses for whoever looks into it.
REASONS = {
    "RecursionError": "nested too deeply to read",
    "MemoryError": "too large to hold in memory",
    "XMLSyntaxError": "broken or hostile XML (a syntax error, or entities that expand without end)",
    "ParseError": "broken XML",
    "BadZipFile": "a corrupt zip archive",
    "JSONDecodeError": "not valid JSON",
    "UnicodeError": "text in an encoding that does not decode",
    "zlib.error": "corrupt compressed data",
    "PdfiumError": "a PDF that PDFium cannot read",
    "EOFError": "cut short (the file ends too early)",
    "OSError": "could not be read",
}


def reason_for(err: BaseException) -> str:
    """A quarantine reason in words for an unexpected failure, never a bare exception name."""
    for cls in type(err).__mro__:
        for name in (f"{cls.__module__}.{cls.__name__}", cls.__name__):
            if name in REASONS:
                return f"{REASONS[name]} ({type(err).__name__})"
    return f"could not be analysed: an internal error ({type(err).__name__}); the file is kept back"


def file_stem(path: str) -> str:
    """The file's name without its extension: a document is often named after its person."""
    from redact.file_names import split_suffix

    return split_suffix(path.replace("\\", "/").rsplit("/", 1)[-1])[0]




def process_file(
    data: bytes,
    path: str,
    redactor: Redactor,
    write: bool = True,
    audit_key: Optional[bytes] = None,
    review: Optional[Review] = None,
    observe=None,
) -> FileOutcome:
    """De-identify (``write``) or only scan one file's bytes; never raises for bad input.

    ``review``: a reviewer's decisions on this file (``redact review``), applied as it is read;
    ``observe(location, original, result)`` sees every text unit written (the review page)."""
    digest = sha256(data)
    notes: list[str] = []
    try:
        with limits.applied(redactor.policy.limits) as bounds:
            bounds.check_whole_file(len(data))
            output, unit = _read_and_redact(data, path, redactor, write, audit_key, notes, review, observe)
    except FileRejected as err:
        return FileOutcome("quarantined", None, str(err), [], digest)
    except Exception as err:  # fail closed: an analyser bug must not let a file through
        return FileOutcome("quarantined", None, reason_for(err), [], digest)
    note = "; ".join(notes) or None
    if not write:
        return FileOutcome("done", None, None, unit.records, digest, note=note)
    return FileOutcome("done", output, None, unit.records, digest, sha256(output), note)


def _read_and_redact(
    data: bytes, path: str, redactor: Redactor, write: bool, audit_key: Optional[bytes], notes: list[str],
    review: Optional[Review] = None, observe=None,
) -> tuple[bytes, UnitRedactor]:
    """(output bytes, the unit redactor that holds the records) of one file."""
    handler = handler_for(path)
    reading = None
    if handler is not None:  # one reading per file: learn its names, then act on every unit
        reading = NameCollector(redactor)
        reading(file_stem(path), "file name")  # 处罚决定书_孙丽华.txt names who the text is about
        handler(data, reading)
    unit = UnitRedactor(redactor, write=write, audit_key=audit_key, reading=reading, review=review, observe=observe)
    return _dispatch(data, path, unit, redactor, write, notes), unit


def preflight(data: bytes, path: str) -> Optional[str]:
    """Why a file would be quarantined, found without analysing it (``redact run --dry-run``);
    None when it would be processed. Reads the file the way the run does, with the same
    handlers, so the reason is the run's own; the detectors do not run."""
    try:
        handler = handler_for(path)
        if handler is not None:
            handler(data, lambda text, location, column=None: text)
        elif path.lower().endswith(IMAGE_EXTENSIONS):
            from redact.image import ImageRejected, decode

            try:
                decode(data, path)
            except ImageRejected as err:
                raise FileRejected(str(err)) from None
        elif path.lower().endswith(PDF_EXTENSIONS):
            from redact.pdf import check_document

            check_document(data)
        else:
            reject_unsupported(path)
    except FileRejected as err:
        return str(err)
    except Exception as err:  # noqa: BLE001 - as process_file: what cannot be read is quarantined
        return reason_for(err)
    return None


def _dispatch(data: bytes, path: str, unit: UnitRedactor, redactor: Redactor, write: bool, notes: list[str]) -> bytes:
    handler = handler_for(path)
    if handler is not None:
        return handler(data, unit)
    if path.lower().endswith(PDF_EXTENSIONS):
        from redact import pdf

        output, result, records = pdf.process(
            data, redactor, write, unit.audit_key, cfg=_pdf_config(redactor), file_name=file_stem(path),
            review=unit.review, observe=unit.observe,
        )
        unit.records.extend(records)
        if result.note:
            notes.append(result.note)
        return output or b""
    if path.lower().endswith(IMAGE_EXTENSIONS):
        from redact.image import ImageRejected, decode, redact_image_bytes

        try:
            if not write:  # the gate: read the text in the image and look for faces, redact nothing
                img, _ = decode(data, path, _image_config(redactor))
                from redact.image import find_faces_or_reject, read_text

                look_at_lines(unit, read_text(img), lambda n, box: f"image text line {n} at {box}")
                if redactor.policy.faces:
                    for face in find_faces_or_reject(img):
                        unit.records.append(
                            FindingRecord(f"image box {face.box}", face.entity_type, 0, 0, round(face.score, 4), face.source, None, None)
                        )
                return b""
            cfg = _image_config(redactor)
            if unit.review:
                cfg = dataclasses.replace(cfg, added_boxes=unit.review.added_boxes, rejected_boxes=unit.review.rejected_boxes)
            out, result = redact_image_bytes(data, path, redactor, cfg)
        except ImageRejected as err:
            raise FileRejected(str(err)) from None
        if result.note:
            notes.append(result.note)
        for r in result.regions:
            unit.records.append(FindingRecord(f"image box {r.box}", r.entity_type, 0, 0, round(r.score, 4), r.source, None, "blur"))
        return out
    reject_unsupported(path)


def _image_config(redactor: Redactor):
    from redact.image import ImageConfig

    return ImageConfig(max_pixels=int(redactor.policy.limits.image_megapixels * 1_000_000))


def _pdf_config(redactor: Redactor):
    from redact.pdf import PdfConfig

    image = _image_config(redactor)
    return PdfConfig(max_pages=redactor.policy.limits.pdf_pages, max_image_pixels=image.max_pixels, image=image)
