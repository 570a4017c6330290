"""Talk to a running Label Studio through ``label-studio-sdk``: push tasks, pull the JSON export.

The SDK is imported lazily, so file-only exports and imports work without it. Every failure a user
can cause (server down, wrong key, unknown project, config with other labels) becomes a one-line
:class:`ServerError` instead of an SDK traceback.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from annotations.ls_config import config_labels, labeling_config

ENV_URL = "LABEL_STUDIO_URL"
ENV_KEY = "LABEL_STUDIO_API_KEY"
INSTALL_HINT = "install it with scripts/install_labelstudio.sh (or pip install label-studio-sdk)"


class ServerError(RuntimeError):
    """A Label Studio server problem, described in one line."""


def _describe(e: Exception) -> str:
    status = getattr(e, "status_code", None)
    body = getattr(e, "body", None)
    if status is not None:
        if status in (401, 403):
            return f"HTTP {status}: the API key was refused"
        detail = body.get("detail") if isinstance(body, dict) else body
        return f"HTTP {status}: {str(detail)[:300]}"
    return f"{type(e).__name__}: {e}"


def connect(url: str | None = None, api_key: str | None = None) -> Any:
    """A ``label_studio_sdk.LabelStudio`` client, checked with a ``whoami`` call.

    ``url``/``api_key`` default to ``$LABEL_STUDIO_URL``/``$LABEL_STUDIO_API_KEY``.
    """
    url = url or os.environ.get(ENV_URL)
    api_key = api_key or os.environ.get(ENV_KEY)
    if not url:
        raise ServerError(f"no Label Studio URL: pass --url or set {ENV_URL}")
    if not api_key:
        raise ServerError(f"no API key: pass --api-key or set {ENV_KEY} (Account & Settings in Label Studio)")
    try:
        from label_studio_sdk import LabelStudio
    except ImportError as e:
        raise ServerError(f"label-studio-sdk is not installed: {INSTALL_HINT}") from e
    client = LabelStudio(base_url=url.rstrip("/"), api_key=api_key, timeout=120)
    try:
        client.users.whoami()
    except Exception as e:  # the SDK raises ApiError or httpx errors
        raise ServerError(f"cannot use Label Studio at {url}: {_describe(e)}") from e
    return client


def find_project(client: Any, project: str | int) -> Any | None:
    """The project with this id (digits) or exact title; ``None`` if there is none."""
    try:
        if isinstance(project, int) or str(project).isdigit():
            try:
                return client.projects.get(id=int(project))
            except Exception as e:
                if getattr(e, "status_code", None) == 404:
                    return None
                raise
        matches = [p for p in client.projects.list(title=str(project)) if p.title == str(project)]
    except Exception as e:
        raise ServerError(f"cannot list projects: {_describe(e)}") from e
    if len(matches) > 1:
        raise ServerError(f"{len(matches)} projects are titled {project!r}: pass the project id instead "
                          f"({', '.join(str(p.id) for p in matches)})")
    return matches[0] if matches else None


def pull_export(client: Any, project: str | int) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The project's JSON export (all tasks, annotated or not) and its users' emails by id."""
    p = find_project(client, project)
    if p is None:
        raise ServerError(f"no Label Studio project {project!r}")
    try:
        raw = b"".join(client.projects.exports.download_sync(p.id, export_type="JSON", download_all_tasks=True))
        users = {u.id: u.email for u in client.users.list() if getattr(u, "email", None)}
    except Exception as e:
        raise ServerError(f"cannot export project {p.id}: {_describe(e)}") from e
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ServerError(f"project {p.id}: the server's export is not JSON ({e.msg})") from e
    return tasks, users


def _passage_key(data: dict[str, Any]) -> str:
    meta = data.get("meta") or {}
    if all(k in meta for k in ("doc", "start", "end")):
        return json.dumps([meta.get("source"), meta["doc"], meta.get("sha256"), meta["start"], meta["end"]])
    return json.dumps(["text", data.get("text")], ensure_ascii=False)


@dataclass
class PushResult:
    project_id: int
    created: bool
    imported: int
    already_present: int


def push_tasks(client: Any, title: str, tasks: list[dict[str, Any]], config: str | None = None) -> PushResult:
    """Create the project ``title`` (or reuse it when its labels match) and import the tasks with their
    predictions. Passages already in the project are not imported twice, so re-running is safe."""
    config = config or labeling_config()
    p = find_project(client, title)
    created = p is None
    present: set[str] = set()
    try:
        if created:
            p = client.projects.create(title=title, label_config=config,
                                       description="nianbao prose tagging (generated by `annotate export`)")
        else:
            have = config_labels(p.label_config or "<View/>")
            if sorted(have) != sorted(config_labels(config)):
                raise ServerError(f"project {title!r} (id {p.id}) has labels {have}, not the tag set "
                                  f"{config_labels(config)}: use another --project name")
            existing, _ = pull_export(client, p.id)
            present = {_passage_key(t.get("data") or {}) for t in existing}
        new = [t for t in tasks if _passage_key(t["data"]) not in present]
        if new:
            client.projects.import_tasks(id=p.id, request=new, return_task_ids=False)
    except ServerError:
        raise
    except Exception as e:
        raise ServerError(f"cannot push tasks to {title!r}: {_describe(e)}") from e
    return PushResult(project_id=p.id, created=created, imported=len(new), already_present=len(tasks) - len(new))
