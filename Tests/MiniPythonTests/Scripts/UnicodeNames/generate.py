#!/usr/bin/env python3
"""Write Sources/MiniPython/Library/UnicodeNameAliases.swift: the Unicode 14.0 name aliases
(NameAliases.txt) and named sequences (NamedSequences.txt) that CPython 3.11's unicodedata
knows besides the character names themselves (those come from the Swift runtime's own Unicode
data, limited to characters of Unicode 14.0 or older).

CPython does not list its aliases, so the candidates come from Perl's copy of the same Unicode
Character Database (Perl 5.36 ships Unicode 14.0, CPython 3.11's version): every one is then
checked against CPython (`unicodedata.lookup`, and `\\N{...}` for aliases), so the tables hold
exactly what CPython accepts.

Usage: python3 generate.py      (needs perl with Unicode::UCD 14.0 and CPython 3.11)
"""
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "..", "..", "..", "Sources", "MiniPython", "Library",
                      "UnicodeNameAliases.swift")

PERL = r'''
use Unicode::UCD qw(prop_invmap namedseq);
print "version\t", Unicode::UCD::UnicodeVersion(), "\n";
my ($list, $map, $format, $default) = prop_invmap("Name_Alias");
for my $i (0 .. $#$list) {
    my $v = $map->[$i];
    next if !ref $v && $v eq $default;
    for my $alias (ref $v ? @$v : ($v)) {
        my ($name) = split /: /, $alias;
        printf "alias\t%s\t%04X\n", $name, $list->[$i];
    }
}
my %seqs = namedseq();
for my $name (sort keys %seqs) {
    print "sequence\t$name\t", join(" ", map { sprintf "%04X", ord } split //, $seqs{$name}), "\n";
}
'''


def main():
    if unicodedata.unidata_version != "14.0.0":
        raise SystemExit("expected CPython 3.11 (Unicode 14.0.0)")
    lines = subprocess.run(["perl", "-CO", "-e", PERL], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    if lines[0] != "version\t14.0.0":
        raise SystemExit("Perl's Unicode database is not 14.0.0: " + lines[0])
    aliases, sequences = [], []
    for line in lines[1:]:
        kind, name, codes = line.split("\t")
        text = "".join(chr(int(c, 16)) for c in codes.split())
        if unicodedata.lookup(name) != text:
            raise SystemExit("CPython disagrees on %r" % name)
        if kind == "alias":
            if eval("'\\N{%s}'" % name) != text:
                raise SystemExit("CPython's \\N{} disagrees on %r" % name)
            aliases.append("%s;%s" % (codes, name))
        else:
            sequences.append("%s;%s" % (codes, name))
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write('''/// The Unicode 14.0 name aliases and named sequences CPython 3.11's `unicodedata` accepts
/// besides character names: `"\\\\N{LINE FEED}"`, `"\\\\N{NBSP}"`, and `lookup("TAMIL SYLLABLE KSSAI")`.
/// Written by Tests/MiniPythonTests/Scripts/UnicodeNames/generate.py (checked against CPython).
enum UnicodeNameAliases {
  /// One `code points;NAME` line per alias (NameAliases.txt), code points in hex.
  static let aliases = """
''')
        for a in aliases:
            f.write("    %s\n" % a)
        f.write('''    """

  /// One `code points;NAME` line per named sequence (NamedSequences.txt), `lookup` only.
  static let sequences = """
''')
        for s in sequences:
            f.write("    %s\n" % s)
        f.write('''    """
}
''')
    print("%d aliases, %d named sequences" % (len(aliases), len(sequences)))


if __name__ == "__main__":
    main()
