"""The vocabulary of named checks a rule can use: one module per check, and the check API.

A check is a small pydantic model (its options, validated when the rule file is loaded) with a
`run` method that yields `Hit`s for one selected node. Each lives in its own module in this
package and registers itself with `@register` (`peelcheck.checks.api`); a new check is a new
module, never an edit to the engine. The class docstring is the check's documentation
(`peelcheck checks` prints it).
"""
