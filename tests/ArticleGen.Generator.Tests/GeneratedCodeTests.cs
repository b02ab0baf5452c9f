using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// Declarations that are correct and must therefore give code that compiles without errors or warnings:
/// unusual names, modifiers and shapes that the emitter has to spell out correctly.
/// </summary>
public class GeneratedCodeTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Collections.Immutable;\nusing ArticleGen;\n\n";

    public static TheoryData<string, string> Cases => new()
    {
        { "sealed record with a list", "[ArticleLayout(\"{Title}\\n\\n{Body...}\")]\npublic sealed partial record R(string Title, IReadOnlyList<string> Body);" },
        { "sealed record with memory", "[ArticleLayout(\"{Title}\")]\npublic sealed partial record R(ReadOnlyMemory<char> Title);" },
        { "abstract-free internal record", "[ArticleLayout(\"{Title}\")]\ninternal partial record R(string Title);" },
        { "private nested record", "public partial class Outer\n{\n    [ArticleLayout(\"{Title}\")]\n    private partial record R(string Title);\n}" },
        { "protected internal nested record", "public partial class Outer\n{\n    [ArticleLayout(\"{Title}\")]\n    protected internal partial record R(string Title);\n}" },
        { "nested in a record, a struct and an interface", "namespace A.B\n{\n    public partial record Outer\n    {\n        public partial struct Middle\n        {\n            public partial interface IInner\n            {\n                [ArticleLayout(\"{Title}\")]\n                public partial record R(string Title);\n            }\n        }\n    }\n}" },
        { "file-scoped namespace", "namespace Deep.Name.Space;\n[ArticleLayout(\"{Title}\")]\npublic partial record R(string Title);" },
        { "init properties instead of a constructor", "[ArticleLayout(\"{Title}\\n{Count}\")]\npublic partial record R\n{\n    public string Title { get; init; } = \"\";\n    public int Count { get; set; }\n}" },
        { "required properties", "[ArticleLayout(\"{Title}\\n{Count}\")]\npublic partial record R\n{\n    public required string Title { get; init; }\n    public required int Count { get; init; }\n}" },
        { "constructor and init property", "[ArticleLayout(\"{Title}\\n{Note}\")]\npublic partial record R(string Title)\n{\n    public string? Note { get; init; }\n}" },
        { "optional constructor parameter", "[ArticleLayout(\"{Title}[ ({Note})]\")]\npublic partial record R(string Title, string? Note = null);" },
        { "record with user Equals", "[ArticleLayout(\"{Title}\\n\\n{Body...}\")]\npublic partial record R(string Title, IReadOnlyList<string> Body)\n{\n    public virtual bool Equals(R? other) => other is not null && Title == other.Title;\n    public override int GetHashCode() => Title.GetHashCode();\n}" },
        { "type named like System types", "namespace N\n{\n    public class String { }\n    public class DateOnly { }\n    public class Math { }\n    public class ArticleGen { }\n    [global::ArticleGen.ArticleLayout(\"{Title} {Date}\")]\n    public partial record R(string Title, global::System.DateOnly Date);\n}" },
        { "members named like generated locals", "[ArticleLayout(\"{Text}\\n{Error}\\n{Tape}\\n{Result}\\n{Offset}\\n{Pos}\\n{Writer}\\n{Input}\\n{Buffer}\\n{Length}\\n{Item}\\n{I}\\n{Start}\\n{Check}\\n{Written}\\n{Hash}\\n{Other}\\n{Backing}\\n{Count}\")]\npublic partial record R(string Text, string Error, string Tape, string Result, int Offset, string Pos, string Writer, string Input, string Buffer, int Length, string Item, string I, string Start, string Check, string Written, int Hash, string Other, string Backing, int Count);" },
        { "record named like a keyword", "[ArticleLayout(\"{Title}\\n\\n{Body...}\")]\npublic partial record @event(string Title, IReadOnlyList<string> Body);" },
        { "members named like keywords", "[ArticleLayout(\"{class}: {Title} {string}\")]\npublic partial record R(string @class, string Title, int @string);" },
        { "list and property named like keywords", "[ArticleLayout(\"{in}\\n\\n{for...}\")]\npublic partial record R\n{\n    public string @in { get; init; } = \"\";\n    public IReadOnlyList<string> @for { get; init; } = [];\n}" },
        { "nested layout in a list", "[ArticleLayout(\"{Title}\\n{Lines...}\")]\npublic partial record R(string Title, List<Line> Lines);\n[ArticleLayout(\"{Key}: {Value}\")]\npublic partial record Line(string Key, string Value);" },
        { "nested layout with memory", "[ArticleLayout(\"{Title}\\n{Inner}\")]\npublic partial record R(string Title, Inner Inner);\n[ArticleLayout(\"{Key}: {Value}\")]\npublic partial record Inner(string Key, ReadOnlyMemory<char> Value);" },
        { "nullable nested layout in a group", "[ArticleLayout(\"{Title}[\\n-- {Inner}]\")]\npublic partial record R(string Title, Inner? Inner);\n[ArticleLayout(\"{Key}: {Value}\")]\npublic partial record Inner(string Key, string Value);" },
        { "nullable memory in a group", "[ArticleLayout(\"{Title}[ ({Note})]\")]\npublic partial record R(string Title, ReadOnlyMemory<char>? Note);" },
        { "every collection shape", "[ArticleLayout(\"{A...}\\n\\nb:\\n{B...}\\n\\nc:\\n{C...}\\n\\nd:\\n{D...}\\n\\ne:\\n{E...}\\n\\nf:\\n{F...}\\n\\ng:\\n{G...}\")]\npublic partial record R(IReadOnlyList<string> A, IList<int> B, IReadOnlyCollection<long> C, ICollection<string> D, IEnumerable<string> E, List<string> F, ImmutableArray<int> G);" },
        { "custom ISpanParsable type", "[ArticleLayout(\"{Title} {Code}\")]\npublic partial record R(string Title, Code Code);\npublic readonly record struct Code(int Value) : ISpanParsable<Code>, ISpanFormattable\n{\n    public static Code Parse(string s, IFormatProvider? provider) => new(int.Parse(s, provider));\n    public static bool TryParse(string? s, IFormatProvider? provider, out Code result) { result = default; return int.TryParse(s, provider, out int v) && (result = new(v)) == result; }\n    public static Code Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(int.Parse(s, provider));\n    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Code result) { result = default; return int.TryParse(s, provider, out int v) && (result = new(v)) == result; }\n    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, formatProvider);\n    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => Value.TryFormat(destination, out charsWritten, format, provider);\n}" },
        { "every numeric type with formats", "[ArticleLayout(\"{A:X2} {B} {C} {D} {E} {F} {G} {H} {I:F2} {J:0.00} {K:N0} {L} {M}\")]\npublic partial record R(byte A, sbyte B, short C, ushort D, uint E, ulong F, nint G, nuint H, float I, double J, decimal K, Half L, System.Numerics.BigInteger M);" },
        { "enum with format", "[ArticleLayout(\"{A:D} {B:X} {C}\")]\npublic partial record R(E A, E B, F C);\npublic enum E { X, Y }\n[Flags] public enum F { None = 0, P = 1, Q = 2 }" },
        { "date formats", "[ArticleLayout(\"{A:yyyy-MM-dd} {B:HH:mm:ss.FFFFFFF} {C:yyyy-MM-ddTHH:mm:ss.fffffffK} {D:o} {E:'Day' dd.MM.yyyy}\")]\npublic partial record R(DateOnly A, TimeOnly B, DateTime C, DateTimeOffset D, DateOnly E);" },
        { "escapes in the layout", "[ArticleLayout(\"{{{Title}}} [[{Note}]] \\\"{Quote}\\\" \\\\ {Tab}\\t.\")]\npublic partial record R(string Title, string Note, string Quote, string Tab);" },
        { "non-ASCII literal text", "[ArticleLayout(\"{Title} — «{Note}» ☃ \\u00A0{Tail}\\u00AD.\")]\npublic partial record R(string Title, string Note, string Tail);" },
        { "Unicode line separators in literal text", "[ArticleLayout(\"{Title}\\u2028{Note}\\u2029{Tail}\\u0085.\")]\npublic partial record R(string Title, string Note, string Tail);" },
        { "Unicode line separator in an optional group", "[ArticleLayout(\"{Title}[\\u2028{Note}]\")]\npublic partial record R(string Title, string? Note);" },
        { "XML-looking literal text", "[ArticleLayout(\"<p>{Title}</p> & {Note] */ // <!-- -->\")]\npublic partial record R(string Title, string Note);".Replace("{Note]", "{Note}") },
        { "comment-like literal text", "[ArticleLayout(\"*/ {Title} /* \\n// {Note}\\n#if X\\n{Tail}\")]\npublic partial record R(string Title, string Note, string Tail);" },
        { "two records in one file with the same layout", "[ArticleLayout(\"{Title}\")]\npublic partial record A(string Title);\n[ArticleLayout(\"{Title}\")]\npublic partial record B(string Title);" },
        { "same name in two namespaces", "namespace X { [ArticleLayout(\"{Title}\")] public partial record R(string Title); }\nnamespace Y { [ArticleLayout(\"{Title}\")] public partial record R(string Title); }" },
        { "same name nested in two classes", "public partial class X { [ArticleLayout(\"{Title}\")] public partial record R(string Title); }\npublic partial class Y { [ArticleLayout(\"{Title}\")] public partial record R(string Title); }" },
        { "record with its own ToString and debugger display", "[ArticleLayout(\"{Title}\")]\n[System.Diagnostics.DebuggerDisplay(\"{Title}\")]\npublic partial record R(string Title)\n{\n    public override string ToString() => Title;\n}" },
        { "sealed record with its own ToString", "[ArticleLayout(\"{Title}\")]\npublic sealed partial record R(string Title)\n{\n    public sealed override string ToString() => Title;\n}" },
        { "attribute on the second partial part", "public partial record R(string Title);\n[ArticleLayout(\"{Title}\")]\npublic partial record R;" },
    };

    /// <summary>Cases that currently fail because of generator bugs; each has a skipped test below.</summary>
    private static readonly HashSet<string> KnownBugs = new(StringComparer.Ordinal)
    {
        "record named like a keyword",
        "members named like keywords",
        "list and property named like keywords",
        "Unicode line separators in literal text",
        "Unicode line separator in an optional group",
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
    public void CompilesCleanly(string name, string source) => Check(name, source);

    private const string KeywordBug = "Generator bug: identifiers are emitted without '@': a record or member named like a C# keyword ('@event', '@class', '@in', '@for') gives code that does not compile.";
    private const string LineSeparatorBug = "Generator bug: U+2028, U+2029 and U+0085 in the layout are copied raw into // and /// comments, where C# takes them as line ends; the rest of the comment becomes code.";

    [Fact]
    public void Bug_RecordNamedLikeAKeyword() => Check("record named like a keyword");

    [Fact]
    public void Bug_MembersNamedLikeKeywords() => Check("members named like keywords");

    [Fact]
    public void Bug_ListAndPropertyNamedLikeKeywords() => Check("list and property named like keywords");

    [Fact]
    public void Bug_UnicodeLineSeparatorsInLiteralText() => Check("Unicode line separators in literal text");

    [Fact]
    public void Bug_UnicodeLineSeparatorInAnOptionalGroup() => Check("Unicode line separator in an optional group");

    [Fact]
    public void KnownBugsAreCases()
        => Assert.All(KnownBugs, name => Assert.Contains(Cases, row => (string)row[0] == name));

    private static void Check(string name) => Check(name, (string)Cases.Single(row => (string)row[0] == name)[1]);

    private static void Check(string name, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + source + "\n");

        Assert.True(run.Single.Exception is null, $"{name}: the generator threw {run.Single.Exception}");
        Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{name}:{Environment.NewLine}{GeneratorHarness.Describe(run.GeneratorDiagnostics)}");
        Assert.NotEmpty(run.Sources);
        Assert.True(run.OutputProblems.Count == 0, $"{name}: the generated code does not compile cleanly:{Environment.NewLine}{GeneratorHarness.Describe(run.OutputProblems.Take(20))}");
    }

    /// <summary>
    /// DESIGN.md: "a .cs file saved with CRLF must give the same parser". In a CRLF file, raw and verbatim
    /// strings hold CRLF line breaks; the generated code must be the same as for the LF file.
    /// </summary>
    [Theory]
    [InlineData("Feed")]
    [InlineData("Nested")]
    public void CrlfSourceGivesTheSameCode(string which) => CheckCrlf(which);

    private const string CrlfBug = "Generator bug: LayoutNode.Source keeps the layout's CRLF (LayoutAnalyzer.SourceOf reads the unnormalized layout); the emitter writes it into // and /// comments, where the CR ends the comment and the rest becomes code (hundreds of CS errors), and the model differs from the LF one.";

    [Theory]
    [InlineData("Yonhap")]
    [InlineData("Ap")]
    [InlineData("EveryType")]
    public void Bug_CrlfSourceGivesTheSameCode(string which) => CheckCrlf(which);

    private static void CheckCrlf(string which)
    {
        string source = (string)typeof(TestSources).GetField(which)!.GetValue(null)!;
        GeneratorRun lf = GeneratorHarness.Run(source.Replace("\r\n", "\n", StringComparison.Ordinal));
        GeneratorRun crlf = GeneratorHarness.Run(source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Null(crlf.Single.Exception);
        Assert.Empty(lf.GeneratorDiagnostics);
        Assert.True(crlf.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(crlf.GeneratorDiagnostics));
        Assert.True(crlf.OutputProblems.Count == 0, "The code generated from the CRLF file does not compile:" + Environment.NewLine + GeneratorHarness.Describe(crlf.OutputProblems.Take(10)));
        Assert.Equal(lf.AllSources, crlf.AllSources);
    }

    /// <summary>The same layout as a verbatim string with CRLF line breaks gives the same code as with LF.</summary>
    [Fact]
    public void CrlfVerbatimLayoutGivesTheSameCode()
    {
        const string template = "using ArticleGen;\n[ArticleLayout(@\"{Title}[BREAK\"\"{Quote}\"\"]BREAKBREAK{Body}\")]\npublic partial record R(string Title, string? Quote, string Body);\n";
        GeneratorRun lf = GeneratorHarness.Run(template.Replace("BREAK", "\n", StringComparison.Ordinal));
        GeneratorRun crlf = GeneratorHarness.Run(template.Replace("BREAK", "\r\n", StringComparison.Ordinal));

        Assert.Empty(lf.GeneratorDiagnostics);
        Assert.True(lf.OutputProblems.Count == 0, GeneratorHarness.Describe(lf.OutputProblems));
        Assert.True(crlf.OutputProblems.Count == 0, "The code generated from the CRLF layout does not compile:" + Environment.NewLine + GeneratorHarness.Describe(crlf.OutputProblems.Take(10)));
        Assert.Equal(lf.AllSources, crlf.AllSources);
    }
}
