"""kg eval: precision, recall and F1 of a store against hand annotations."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from kg.commands.output import print_json, print_table
from kg.store import DEFAULT_STORE

# P/R/F1, then the counts behind them: system items matched / counted / ignored (matched only
# uncertain gold), gold items matched / counted.
SCORE_COLUMNS = ["P", "R", "F1", "sys ok", "sys", "ign", "gold ok", "gold"]


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    @app.command("eval")
    def eval_(
        gold: Annotated[Path, typer.Option("--gold", "-g", help="Folder of gold annotation files (*.json).")],
        store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
        include_uncertain: Annotated[bool, typer.Option(
            "--include-uncertain", help="Also score gold items marked uncertain.")] = False,
        errors: Annotated[bool, typer.Option(
            "--errors", help="List false positives and misses per document.")] = False,
        json: Annotated[bool, typer.Option(
            "--json", help="Print the report as JSON (with --errors: also the false positives and misses).")] = False,
    ) -> None:
        """Score the store against gold annotations: P/R/F1 per label, per type and overall."""
        from kg.evaluate import evaluate

        report = evaluate(gold, store, include_uncertain=include_uncertain)
        if json:
            if not errors:
                for doc in report["documents"].values():
                    doc.pop("errors")
            print_json(report)
            return
        print_scores(report)
        if errors:
            print_errors(report)


def _ratio(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def _row(name: str, s: dict[str, Any]) -> list[Any]:
    return [name, _ratio(s["precision"]), _ratio(s["recall"]), _ratio(s["f1"]), s["matched_system"], s["system"],
            s["ignored"], s["matched_gold"], s["gold"]]


def print_scores(report: dict[str, Any]) -> None:
    ov = report["overall"]
    note = " (uncertain items included)" if report["include_uncertain"] else ""
    print_table(["label"] + SCORE_COLUMNS,
                [_row(k, s) for k, s in report["labels"].items()] + [_row("ALL", ov["entities"])],
                title=f"entities by label{note}")
    print_table(["type"] + SCORE_COLUMNS,
                [_row(k, s) for k, s in report["types"].items()] + [_row("ALL", ov["relations"])],
                title=f"relationships by type{note}")
    rows = []
    for name, doc in report["documents"].items():
        ents, rels = doc["overall"]["entities"], doc["overall"]["relations"]
        rows.append([name] + [_ratio(ents[k]) for k in ("precision", "recall", "f1")]
                    + [_ratio(rels[k]) for k in ("precision", "recall", "f1")])
    print_table(["document", "nodes P", "R", "F1", "rels P", "R", "F1"], rows, title="per document")


def print_errors(report: dict[str, Any]) -> None:
    for name, doc in report["documents"].items():
        fp, miss = doc["errors"]["false_positives"], doc["errors"]["misses"]
        print_table(["label", "name", "sentence"],
                    [(e["label"], e["name"], _short(e["text"])) for e in fp["entities"]],
                    title=f"{name}: false positive entities ({len(fp['entities'])})")
        print_table(["label", "name", "cue"], [(e["label"], e["name"], e["cue"]) for e in miss["entities"]],
                    title=f"{name}: missed entities ({len(miss['entities'])})")
        print_table(["type", "source", "target", "sentence"],
                    [(r["type"], _end(r["source"]), _end(r["target"]), _short(r["text"]))
                     for r in fp["relations"]],
                    title=f"{name}: false positive relationships ({len(fp['relations'])})")
        print_table(["type", "source", "target", "cue"],
                    [(r["type"], _end(r["source"]), _end(r["target"]), r["cue"]) for r in miss["relations"]],
                    title=f"{name}: missed relationships ({len(miss['relations'])})")


def _end(end: dict[str, str]) -> str:
    return f"{end['name']} [{end['label']}]"


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
