"""Reads caption files with the Python readers Debian packages, for recap's client tests.

Input (stdin): a JSON list of {"path", "reader", "format"}; reader is "webvtt" (webvtt-py),
"srt" (python srt) or "ttconv". Output (stdout): a JSON list, in the order of the input, of
{"cues": [{"startMs", "endMs", "text"}]} or {"error": message}. Every file is read in this one
process; a file a reader refuses is reported, and the others are still read. Times are rounded
to whole milliseconds.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree


def ms(seconds):
    return round(float(seconds) * 1000)


def read_webvtt(path, fmt):
    import webvtt
    reader = {"webvtt": webvtt.read, "srt": webvtt.from_srt, "sbv": webvtt.from_sbv}[fmt]
    return [{"startMs": ms(c.start_in_seconds), "endMs": ms(c.end_in_seconds), "text": c.text} for c in reader(path)]


def read_srt(path, fmt):
    import srt
    with open(path, encoding="utf-8") as f:
        subs = list(srt.parse(f.read()))
    return [{"startMs": ms(s.start.total_seconds()), "endMs": ms(s.end.total_seconds()), "text": s.content} for s in subs]


def paragraph_text(element):
    from ttconv import model
    if isinstance(element, model.Text):
        return element.get_text()
    if isinstance(element, model.Br):
        return "\n"
    return "".join(paragraph_text(child) for child in element)


def paragraphs(element, offset, end):
    """Each p under element with its times on the document's timeline (begin and end are relative to the parent)."""
    from ttconv import model
    for child in element:
        begin = offset + (child.get_begin() or 0)
        child_end = offset + child.get_end() if child.get_end() is not None else end
        if isinstance(child, model.P):
            yield begin, child_end, child
        elif isinstance(child, (model.Body, model.Div)):
            yield from paragraphs(child, begin, child_end)


def read_ttconv(path, fmt):
    if fmt == "ttml":
        import ttconv.imsc.reader
        doc = ttconv.imsc.reader.to_model(ElementTree.parse(path))
    else:
        import ttconv.srt.reader
        with open(path, encoding="utf-8") as f:
            doc = ttconv.srt.reader.to_model(f)
    body = doc.get_body()
    if body is None:
        return []
    return [{"startMs": ms(b), "endMs": ms(e), "text": paragraph_text(p)} for b, e, p in paragraphs_of(body)]


def paragraphs_of(body):
    begin = body.get_begin() or 0
    end = body.get_end()
    yield from paragraphs(body, begin, begin + end if end is not None else None)


READERS = {"webvtt": read_webvtt, "srt": read_srt, "ttconv": read_ttconv}


def main():
    requests = json.load(sys.stdin)
    out = []
    for request in requests:
        read = READERS[request["reader"]]
        try:
            out.append({"cues": read(request["path"], request["format"])})
        except Exception as e:  # a refused file is a finding, reported by name
            out.append({"error": f"{type(e).__name__}: {e}"})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
