"""The type stubs describe what the module really has."""

import ast
import inspect
import pathlib

import indonlp_rs

STUB = pathlib.Path(indonlp_rs.__file__).with_name("__init__.pyi")


def test_stub_ships_with_the_package():
    assert STUB.is_file()
    assert STUB.with_name("py.typed").is_file()


def test_stub_names_exist_and_cover_all():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    top = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top[node.name] = node
    public = {n for n in top if not n.endswith("Dict")}
    assert set(indonlp_rs.__all__) - {"NEGATIONS"} == public
    for name, node in top.items():
        if name.endswith("Dict"):
            continue
        obj = getattr(indonlp_rs, name)
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if not isinstance(item, ast.FunctionDef):
                    continue
                if item.name == "__init__":
                    if issubclass(obj, BaseException):
                        continue
                    stub_kw = {a.arg for a in item.args.kwonlyargs}
                    assert stub_kw == set(inspect.signature(obj).parameters), name
                else:
                    assert hasattr(obj, item.name), f"{name}.{item.name}"
        else:
            # Keyword arguments in the stub are accepted at run time.
            stub_kw = {a.arg for a in node.args.kwonlyargs}
            sig = inspect.signature(obj)
            assert stub_kw <= set(sig.parameters), name
