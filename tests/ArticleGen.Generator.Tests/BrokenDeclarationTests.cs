using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// What the generator sees while someone is typing: broken, half-written and unusual declarations. It must
/// never throw (an exception in a generator breaks every build and IDE session of the project), every ARTG
/// diagnostic must point into the user's source, and whatever it generates must at least parse.
/// </summary>
public class BrokenDeclarationTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing ArticleGen;\n\n";

    /// <summary>A record <c>R(string Title, string? Note, IReadOnlyList&lt;string&gt; Items, DateOnly Date)</c> with <paramref name="attribute"/>.</summary>
    private static string Layout(string attribute)
        => Usings + attribute + "\npublic partial record R(string Title, string? Note, IReadOnlyList<string> Items, DateOnly Date);\n";

    private static string Code(string code) => Usings + code + "\n";

    public static TheoryData<string, string> Cases => new()
    {
        // The attribute's argument.
        { "unterminated regular string", Code("[ArticleLayout(\"{Title}\npublic partial record R(string Title);") },
        { "unterminated string before the paren", Code("[ArticleLayout(\"{Title})]\npublic partial record R(string Title);") },
        { "unterminated raw string", Code("[ArticleLayout(\"\"\"\n    {Title}\npublic partial record R(string Title);") },
        { "unterminated verbatim string", Code("[ArticleLayout(@\"{Title}\npublic partial record R(string Title);") },
        { "no argument list", Code("[ArticleLayout]\npublic partial record R(string Title);") },
        { "empty argument list", Code("[ArticleLayout()]\npublic partial record R(string Title);") },
        { "missing closing paren", Code("[ArticleLayout(\"{Title}\"]\npublic partial record R(string Title);") },
        { "missing closing bracket", Code("[ArticleLayout(\"{Title}\")\npublic partial record R(string Title);") },
        { "null", Code("[ArticleLayout(null)]\npublic partial record R(string Title);") },
        { "default", Code("[ArticleLayout(default)]\npublic partial record R(string Title);") },
        { "number", Code("[ArticleLayout(42)]\npublic partial record R(string Title);") },
        { "empty string", Code("[ArticleLayout(\"\")]\npublic partial record R(string Title);") },
        { "whitespace only", Code("[ArticleLayout(\"   \")]\npublic partial record R(string Title);") },
        { "constant interpolated string", Code("[ArticleLayout($\"Title: {L.Part}\")]\npublic partial record R(string Title);\nstatic class L { public const string Part = \"{{Title}}\"; }") },
        { "non-constant interpolated string", Code("[ArticleLayout($\"{DateTime.Now}\")]\npublic partial record R(string Title);") },
        { "constant from another class", Code("[ArticleLayout(L.Story)]\npublic partial record R(string Title);\nstatic class L { public const string Story = \"Title: {Title}\"; }") },
        { "constant with an error in it", Code("[ArticleLayout(L.Story)]\npublic partial record R(string Title);\nstatic class L { public const string Story = \"Title: {Titl\"; }") },
        { "non-constant static field", Code("[ArticleLayout(L.Story)]\npublic partial record R(string Title);\nstatic class L { public static string Story = \"{Title}\"; }") },
        { "unknown identifier", Code("[ArticleLayout(Nowhere.Story)]\npublic partial record R(string Title);") },
        { "concatenation", Code("[ArticleLayout(\"Title: {Title}\" + \"\\n\" + \"{Note\")]\npublic partial record R(string Title, string Note);") },
        { "nameof", Code("[ArticleLayout(nameof(R))]\npublic partial record R(string Title);") },
        { "named argument", Code("[ArticleLayout(layout: \"{Title}\")]\npublic partial record R(string Title);") },
        { "two arguments", Code("[ArticleLayout(\"{Title}\", \"{Title}\")]\npublic partial record R(string Title);") },
        { "assigning the read-only property", Code("[ArticleLayout(\"{Title}\", Layout = \"x\")]\npublic partial record R(string Title);") },
        { "alias", Code("using AL = ArticleGen.ArticleLayoutAttribute;\n[AL(\"{Title}\")]\npublic partial record R(string Title);") },
        { "global-qualified", "[global::ArticleGen.ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);\n" },
        { "missing using", "[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);\n" },

        // Captures mid-edit.
        { "capture mid-edit", Layout("[ArticleLayout(\"{Dat\")]") },
        { "capture mid-edit before a line", Layout("[ArticleLayout(\"{Dat\\n{Title}\")]") },
        { "empty capture", Layout("[ArticleLayout(\"{}\")]") },
        { "format without name", Layout("[ArticleLayout(\"{:x}\")]") },
        { "empty format", Layout("[ArticleLayout(\"{Title:}\")]") },
        { "unterminated list", Layout("[ArticleLayout(\"{Items...\")]") },
        { "list dots only", Layout("[ArticleLayout(\"{...}\")]") },
        { "name with spaces", Layout("[ArticleLayout(\"{Ti tle}\")]") },
        { "name with a digit first", Layout("[ArticleLayout(\"{1Title}\")]") },
        { "lone open brace", Layout("[ArticleLayout(\"{\")]") },
        { "open brace at the end", Layout("[ArticleLayout(\"{Title} {\")]") },
        { "stray closing brace", Layout("[ArticleLayout(\"{Title}}\")]") },
        { "stray closing brace first", Layout("[ArticleLayout(\"}{Title}\")]") },
        { "braces only", Layout("[ArticleLayout(\"}{\")]") },
        { "escaped open brackets", Layout("[ArticleLayout(\"[[{Title}\")]") },
        { "escaped close brackets", Layout("[ArticleLayout(\"{Title}]]\")]") },
        { "lone open bracket", Layout("[ArticleLayout(\"{Title}[\")]") },
        { "lone close bracket", Layout("[ArticleLayout(\"{Title}]\")]") },
        { "brackets only", Layout("[ArticleLayout(\"][\")]") },
        { "empty group", Layout("[ArticleLayout(\"{Title}[]\")]") },
        { "nested groups", Layout("[ArticleLayout(\"{Title}[ a[ b {Note}]]\")]") },
        { "group without literal", Layout("[ArticleLayout(\"{Title}[{Note}]\")]") },
        { "group without member", Layout("[ArticleLayout(\"{Title}[ (none)]\")]") },
        { "group at the start", Layout("[ArticleLayout(\"[Note: {Note}\\n]{Title}\")]") },
        { "unclosed group with capture", Layout("[ArticleLayout(\"{Title}[ ({Note})\")]") },
        { "adjacent captures", Layout("[ArticleLayout(\"{Title}{Note}\")]") },
        { "list after list", Layout("[ArticleLayout(\"{Items...}\\n{Items...}\")]") },
        { "two different lists", Code("[ArticleLayout(\"{A...}\\n{B...}\")]\npublic partial record R(List<string> A, string[] B);") },
        { "list on a capture's line", Layout("[ArticleLayout(\"{Title} {Items...}\")]") },
        { "list followed by text", Layout("[ArticleLayout(\"{Items...} end\")]") },
        { "list of non-list", Layout("[ArticleLayout(\"{Title...}\")]") },
        { "non-list as single", Layout("[ArticleLayout(\"{Items}\")]") },
        { "list inside group", Layout("[ArticleLayout(\"{Title}[\\n\\n{Items...}]\")]") },
        { "ambiguous list end", Layout("[ArticleLayout(\"{Items...}\\n{Title}\")]") },
        { "bad date format", Layout("[ArticleLayout(\"{Date:HH:mm}\\n{Title}\")]") },
        { "format on string", Layout("[ArticleLayout(\"{Title:yyyy}\")]") },
        { "format with braces", Layout("[ArticleLayout(\"{Date:{yyyy}}\")]") },
        { "unknown member", Layout("[ArticleLayout(\"{Nope}\")]") },
        { "wrong case member", Layout("[ArticleLayout(\"{title}\")]") },
        { "duplicate member", Layout("[ArticleLayout(\"{Title} {Title}\")]") },
        { "literal only", Layout("[ArticleLayout(\"Hello\")]") },
        { "escapes only", Layout("[ArticleLayout(\"{{}}[[]]\")]") },

        // Literal kinds and escapes.
        { "CRLF raw string", Code("[ArticleLayout(\"\"\"\r\n    {Title}\r\n\r\n    {Items...\r\n    \"\"\")]\r\npublic partial record R(string Title, List<string> Items);") },
        { "CRLF raw string with broken indentation", Code("[ArticleLayout(\"\"\"\r\n    {Title}\r\n  {Bad\r\n    \"\"\")]\r\npublic partial record R(string Title);") },
        { "lone CR in a raw string", Code("[ArticleLayout(\"\"\"\r    {Title}\r    {Bad\r    \"\"\")]\npublic partial record R(string Title);") },
        { "single-line raw string", Code("[ArticleLayout(\"\"\"{Title} {Bad\"\"\")]\npublic partial record R(string Title);") },
        { "raw string with extra quotes", Code("[ArticleLayout(\"\"\"\"\n    \"\"\"{Title}\"\"\" }\n    \"\"\"\")]\npublic partial record R(string Title);") },
        { "raw string with tabs", Code("[ArticleLayout(\"\"\"\n\t\t{Title}\n\t\t}\n\t\t\"\"\")]\npublic partial record R(string Title);") },
        { "verbatim with doubled quotes", Code("[ArticleLayout(@\"\"\"{Title}\"\" said {Bad\")]\npublic partial record R(string Title);") },
        { "verbatim with line breaks", Code("[ArticleLayout(@\"{Title}\r\n\r\n{Items...}\r\n}\")]\npublic partial record R(string Title, List<string> Items);") },
        { "unicode escapes", Code("[ArticleLayout(\"\\u007BTitle\\u007D \\u007B\")]\npublic partial record R(string Title);") },
        { "long unicode escape", Code("[ArticleLayout(\"\\U0001F600 {Title} }\")]\npublic partial record R(string Title);") },
        { "invalid long unicode escape", Code("[ArticleLayout(\"\\U0011FFFF {Title} }\")]\npublic partial record R(string Title);") },
        { "hex escapes", Code("[ArticleLayout(\"\\x41\\x7B\\x7bTitle} }\")]\npublic partial record R(string Title);") },
        { "invalid escape", Code("[ArticleLayout(\"\\q{Title} }\")]\npublic partial record R(string Title);") },
        { "UTF-8 literal", Code("[ArticleLayout(\"{Title}\"u8)]\npublic partial record R(string Title);") },
        { "character literal", Code("[ArticleLayout('{')]\npublic partial record R(string Title);") },

        // The declaration.
        { "type with syntax errors", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title, int);") },
        { "parameter list not closed", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title") },
        { "record without name", Code("[ArticleLayout(\"{Title}\")]\npublic partial record (string Title);") },
        { "record without body", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R") },
        { "record with empty parameters", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R();") },
        { "record struct", Code("[ArticleLayout(\"{Title}\")]\npublic partial record struct R(string Title);") },
        { "readonly record struct", Code("[ArticleLayout(\"{Title}\")]\npublic readonly partial record struct R(string Title);") },
        { "class", Code("[ArticleLayout(\"{Title}\")]\npublic partial class R { public string Title { get; init; } = \"\"; }") },
        { "struct", Code("[ArticleLayout(\"{Title}\")]\npublic partial struct R { public string Title { get; init; } }") },
        { "interface", Code("[ArticleLayout(\"{Title}\")]\npublic partial interface R { string Title { get; } }") },
        { "enum", Code("[ArticleLayout(\"{Title}\")]\npublic enum R { Title }") },
        { "delegate", Code("[ArticleLayout(\"{Title}\")]\npublic delegate void R(string Title);") },
        { "not partial", Code("[ArticleLayout(\"{Title}\")]\npublic record R(string Title);") },
        { "generic record", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R<T>(T Title);") },
        { "nested in generic type", Code("public partial class Outer<T>\n{\n    [ArticleLayout(\"{Title}\")]\n    public partial record R(string Title);\n}") },
        { "nested in non-partial class", Code("public class Outer\n{\n    [ArticleLayout(\"{Title}\")]\n    public partial record R(string Title);\n}") },
        { "nested in a record struct", Code("public partial record struct Outer\n{\n    [ArticleLayout(\"{Title}\")]\n    public partial record R(string Title);\n}") },
        { "private nested record", Code("public partial class Outer\n{\n    [ArticleLayout(\"{Title}\")]\n    private partial record R(string Title);\n}") },
        { "file-local record", Code("[ArticleLayout(\"{Title}\")]\nfile partial record R(string Title);") },
        { "static partial class", Code("[ArticleLayout(\"{Title}\")]\npublic static partial class R { }") },
        { "abstract record", Code("[ArticleLayout(\"{Title}\")]\npublic abstract partial record R(string Title);") },
        { "sealed record", Code("[ArticleLayout(\"{Title}\")]\npublic sealed partial record R(string Title);") },
        { "derived record", Code("public record Base(string Title);\n[ArticleLayout(\"{Title} {Note}\")]\npublic partial record R(string Title, string Note) : Base(Title);") },
        { "derived from a missing type", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title) : Missing;") },
        { "attribute on a method", Code("public partial class C\n{\n    [ArticleLayout(\"{Title}\")]\n    public void M() { }\n}") },
        { "attribute on a property", Code("public partial record R(string Title)\n{\n    [ArticleLayout(\"{Title}\")]\n    public string X { get; init; } = \"\";\n}") },
        { "attribute on the assembly", Code("[assembly: ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);") },
        { "duplicated attribute", Code("[ArticleLayout(\"{Title}\")]\n[ArticleLayout(\"- {Title}\")]\npublic partial record R(string Title);") },
        { "attribute on two partial parts", Code("[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);\n[ArticleLayout(\"- {Title}\")]\npublic partial record R;") },
        { "namespace and nested type with the same name", Code("namespace A.B { public partial class C { [ArticleLayout(\"{Title}\")] public partial record R(string Title); } }\nnamespace A.B.C { [ArticleLayout(\"{Title}\")] public partial record R(string Title); }") },
        { "attribute on the second partial part", Code("public partial record R(string Title);\n[ArticleLayout(\"{Title}\")]\npublic partial record R;") },
        { "unknown member types", Code("[ArticleLayout(\"{A}\\n{B}\\n{C}\\n{D}\")]\npublic partial record R(object A, System.IO.Stream B, Dictionary<string, string> C, Missing D);") },
        { "pointer and function types", Code("[ArticleLayout(\"{A}\\n{B}\")]\npublic unsafe partial record R(Action A, dynamic B);") },
        { "list of lists", Code("[ArticleLayout(\"{A...}\")]\npublic partial record R(List<List<string>> A);") },
        { "multi-dimensional array", Code("[ArticleLayout(\"{A...}\")]\npublic partial record R(string[,] A);") },
        { "nullable list", Code("[ArticleLayout(\"{A...}\")]\npublic partial record R(List<string>? A);") },
        { "list of nullable values", Code("[ArticleLayout(\"{A...}\")]\npublic partial record R(List<int?> A);") },
        { "non-nullable in group", Code("[ArticleLayout(\"{A}[ ({B})]\")]\npublic partial record R(string A, int B);") },
        { "read-only property", Code("[ArticleLayout(\"{A}\")]\npublic partial record R\n{\n    public string A => \"\";\n}") },
        { "static property", Code("[ArticleLayout(\"{A}\")]\npublic partial record R\n{\n    public static string A { get; set; } = \"\";\n}") },
        { "required property missing", Code("[ArticleLayout(\"{A}\")]\npublic partial record R\n{\n    public string A { get; init; } = \"\";\n    public required string B { get; init; }\n}") },
        { "inaccessible member type", Code("public partial class Outer\n{\n    private enum Hidden { X }\n    [ArticleLayout(\"{A}\")]\n    public partial record R(Hidden A);\n}") },
        { "recursive layout", Code("[ArticleLayout(\"{Title} ({Next})\")]\npublic partial record R(string Title, R Next);") },
        { "mutually recursive layouts", Code("[ArticleLayout(\"a {B}!\")]\npublic partial record A(B B);\n[ArticleLayout(\"b {A}?\")]\npublic partial record B(A A);") },
        { "nested layout with errors", Code("[ArticleLayout(\"{Title}: {Inner}\")]\npublic partial record R(string Title, Inner Inner);\n[ArticleLayout(\"{Bad\")]\npublic partial record Inner(string Bad);") },
        { "member named like a keyword", Code("[ArticleLayout(\"{class}: {Title}\")]\npublic partial record R(string @class, string Title);") },
        { "unicode member name", Code("[ArticleLayout(\"{Überschrift}: {标题}\")]\npublic partial record R(string Überschrift, string 标题);") },
        { "C# 10 language features only", "#nullable disable\nusing ArticleGen;\n[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);\n" },
        { "empty file with attribute only", Code("[ArticleLayout(\"{Title}\")]") },
    };

    /// <summary>
    /// Cases that currently fail because of generator bugs (see the skipped tests below); the theory runs the
    /// others. Remove a name here and its skipped test once the bug is fixed.
    /// </summary>
    private static readonly HashSet<string> KnownBugs = new(StringComparer.Ordinal)
    {
        "attribute on two partial parts",
        "namespace and nested type with the same name",
        "record without name",
        "member named like a keyword",
    };

    public static TheoryData<string, string> PassingCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (object[] row in Cases.Where(row => !KnownBugs.Contains((string)row[0])))
            {
                data.Add((string)row[0], (string)row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PassingCases))]
    public void GeneratorSurvives(string name, string source) => Check(name, source);

    [Fact]
    public void Bug_AttributeOnTwoPartialParts() => Check("attribute on two partial parts");

    [Fact]
    public void Bug_NamespaceAndNestedTypeWithTheSameName() => Check("namespace and nested type with the same name");

    [Fact]
    public void Bug_RecordWithoutName() => Check("record without name");

    [Fact]
    public void Bug_MemberNamedLikeAKeyword() => Check("member named like a keyword");

    [Fact]
    public void KnownBugsAreCases()
        => Assert.All(KnownBugs, name => Assert.Contains(Cases, row => (string)row[0] == name));

    private static void Check(string name) => Check(name, (string)Cases.Single(row => (string)row[0] == name)[1]);

    private static void Check(string name, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        GeneratorRunResult result = run.Single;

        Assert.True(result.Exception is null, $"{name}: the generator threw {result.Exception}");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001");

        foreach (Diagnostic diagnostic in run.Artg)
        {
            // The location must be in one of the compilation's files and inside its text. (Whether it is a
            // SourceLocation, as #pragma needs, is DiagnosticTests.DiagnosticLocationsAreSourceLocations.)
            SyntaxTree? tree = GeneratorHarness.TreeOf(diagnostic, run.Compilation);
            Assert.True(tree is not null, $"{name}: {diagnostic} is not located in the compilation's source ({diagnostic.Location.Kind})");
            Assert.True(diagnostic.Location.SourceSpan.End <= tree!.Length, $"{name}: {diagnostic} points past the end of the file");
            Assert.True(diagnostic.Location.SourceSpan.Length > 0, $"{name}: {diagnostic} has an empty span");
            Assert.Equal(tree.GetLineSpan(diagnostic.Location.SourceSpan).Span, diagnostic.Location.GetLineSpan().Span);
        }

        foreach (GeneratedSourceResult generated in result.GeneratedSources)
        {
            var syntaxErrors = generated.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(syntaxErrors.Count == 0, $"{name}: {generated.HintName} does not parse:{Environment.NewLine}{GeneratorHarness.Describe(syntaxErrors)}");
        }
    }

    [Fact]
    public void ThereAreAtLeastFiftyCases()
        => Assert.True(Cases.Count() >= 50, $"Only {Cases.Count()} cases.");

    [Fact]
    public void CaseNamesAreUnique()
    {
        var names = Cases.Select(c => (string)c[0]).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
