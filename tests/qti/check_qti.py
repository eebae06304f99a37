"""Checks a QTI 2.1 package written by `srm-study export qti`.

    check_qti.py PACKAGE.zip XSD_DIR [ANSWERS.json]

1. Validates the assessment test and every item against the QTI 2.1 XSD
   (IMS Global's schema as QTIWorks ships it, vendored in XSD_DIR; http
   schema locations are mapped to files there, nothing is downloaded),
   with lxml.
2. With ANSWERS.json ({"students": [{"name": ..., "answers": {card: BIN}}]}),
   scores every student with pyslet's QTI 2.1 engine: each item of the test
   (in the test's order) gets the student's response, pyslet runs its
   response processing (the standard map_response template is read from
   XSD_DIR), and the item SCOREs are combined as the test's
   outcomeProcessing says (a sum, bounded at 0; checked here). Prints one
   JSON object {name: score}.
"""

import json
import os
import sys
import tempfile
import zipfile

from lxml import etree

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"


class LocalSchemas(etree.Resolver):
    def __init__(self, root):
        super().__init__()
        self.root = root

    def resolve(self, url, pubid, context):
        for prefix in ("http://", "https://"):
            if url.startswith(prefix):
                path = os.path.join(self.root, url[len(prefix):])
                if os.path.exists(path):
                    return self.resolve_filename(path, context)
                raise SystemExit(f"schema not vendored: {url}")
        return None


def schema(xsd_dir):
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalSchemas(xsd_dir))
    path = os.path.join(xsd_dir, "www.imsglobal.org/xsd/imsqti_v2p1.xsd")
    return etree.XMLSchema(etree.parse(path, parser))


def validate(xsd, path):
    doc = etree.parse(path, etree.XMLParser(no_network=True))
    if not xsd.validate(doc):
        raise SystemExit(f"{path} is not valid QTI 2.1:\n{xsd.error_log}")
    return doc


def score(folder, test_doc, xsd_dir, students):
    import pyslet.qtiv2.xml as qti
    from pyslet.qtiv2 import variables

    ns = {"q": QTI}
    # The test's own rule: SCORE = sum of the items' SCOREs, then 0 if < 0.
    op = test_doc.find("q:outcomeProcessing", ns)
    assert op is not None, "the test has no outcomeProcessing"
    assert op.find("q:setOutcomeValue/q:sum/q:testVariables", ns).get("variableIdentifier") == "SCORE"
    assert op.find("q:outcomeCondition/q:outcomeIf/q:lt", ns) is not None
    refs = [r.get("href") for r in test_doc.iter("{%s}assessmentItemRef" % QTI)]

    template = qti.QTIDocument()
    with open(os.path.join(xsd_dir, "www.imsglobal.org/question/qti_v2p1/rptemplates/map_response.xml"), "rb") as f:
        template.read(src=f)

    items = []
    for href in refs:
        doc = qti.QTIDocument()
        with open(os.path.join(folder, href), "rb") as f:
            doc.read(src=f)
        items.append(doc.root)

    scores = {}
    for student in students:
        answers = student["answers"]
        total = 0.0
        for item in items:
            state = variables.ItemSessionState(item)
            state.select_clone()
            state.begin_session()
            # begin_attempt without drawing the item (pyslet's HTML
            # rendering is not needed to score): the first attempt.
            state["numAttempts"] = variables.IntegerValue(1)
            declaration = item.ResponseDeclaration[0]
            if declaration.baseType == variables.BaseType.directedPair:
                pairs = [(card, bin_) for card, bin_ in answers.items()]
                value = variables.MultipleContainer(variables.BaseType.directedPair)
                value.set_value(pairs or None)
            else:
                card = item.identifier[len("card-"):]
                value = variables.IdentifierValue(answers.get(card))
            state["RESPONSE"] = value
            rp = item.ResponseProcessing
            if rp is not None and rp.template == MAP_RESPONSE and not rp.ResponseRule:
                if not item.adaptive:
                    state.set_outcome_defaults()
                template.root.run(state)
            else:
                state.end_attempt()
            total += float(state["SCORE"].value or 0.0)
        scores[student["name"]] = max(total, 0.0)
    return scores


def main():
    package, xsd_dir = sys.argv[1], sys.argv[2]
    answers = sys.argv[3] if len(sys.argv) > 3 else None
    xsd = schema(xsd_dir)
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(package) as z:
            z.extractall(folder)
            names = z.namelist()
        assert "imsmanifest.xml" in names, names
        assert "assessment.xml" in names, names
        test_doc = validate(xsd, os.path.join(folder, "assessment.xml"))
        items = [n for n in names if n.startswith("items/")]
        assert items, names
        for name in items:
            validate(xsd, os.path.join(folder, name))
        result = {"valid": len(items) + 1}
        if answers:
            with open(answers) as f:
                students = json.load(f)["students"]
            result["scores"] = score(folder, test_doc, xsd_dir, students)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
