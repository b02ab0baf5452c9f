using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// ARTG027-032: declarations whose generated code would not compile (issue 12: CS0102, CS0111, CS0121, CS0144,
/// CS0542, CS0117 inside *.ArticleLayout.g.cs with no ARTG error), and members the layout leaves out.
/// </summary>
public partial class DiagnosticTests
{
    // ---- ARTG027: a member named like a generated member -----------------------------------------------------

    [Theory]
    [InlineData("Format")]
    [InlineData("Parse")]
    [InlineData("TryParse")]
    [InlineData("TryFormat")]
    [InlineData("WriteTo")]
    public void ARTG027_CapturedMemberNamedLikeAGeneratedMethod(string name) => Expect("ARTG027", $$"""
        [ArticleLayout("{Title}\n{{name}}: {{{name}}}")]
        public partial record Edition(string Title, string [|{{name}}|]);
        """);

    [Fact]
    public void ARTG027_IssueReproducer() => Expect("ARTG027", """
        [ArticleLayout("{Title}\nFormat: {Format}")]
        public partial record Edition(string Title, string [|Format|]);
        """);

    [Theory]
    [InlineData("__KeepBacking")]
    [InlineData("__Scan")]
    [InlineData("__ReadArticle")]
    [InlineData("__TryWriteArticle")]
    [InlineData("__TryReadCount")]
    [InlineData("__Whatever")]
    public void ARTG027_MemberNamedLikeThePlumbing(string name) => Expect("ARTG027", $$"""
        [ArticleLayout("{Title} ({Count})")]
        public partial record R(string Title, int Count)
        {
            public int [|{{name}}|] => 1;
        }
        """);

    [Fact]
    public void ARTG027_NestedTypeNamedFormat() => Expect("ARTG027", """
        [ArticleLayout("{Title}")]
        public partial record R(string Title)
        {
            public sealed class [|Format|] { }
        }
        """);

    // ---- ARTG028: the record named like a generated member ---------------------------------------------------

    [Theory]
    [InlineData("Format")]
    [InlineData("Parse")]
    [InlineData("WriteTo")]
    [InlineData("__Scan")]
    public void ARTG028_RecordNamedLikeAGeneratedMember(string name) => Expect("ARTG028", $$"""
        [ArticleLayout("{Title}")]
        public partial record [|{{name}}|](string Title);
        """);

    // ---- ARTG029: the user declares a generated method ---------------------------------------------------------

    [Fact]
    public void ARTG029_OwnStaticParse() => Expect("ARTG029", """
        [ArticleLayout("{Title}")]
        public partial record R(string Title)
        {
            public static R [|Parse|](string text) => new R(text);
        }
        """);

    [Fact]
    public void ARTG029_OwnFormatOverload() => Expect("ARTG029", """
        [ArticleLayout("{Title}")]
        public partial record R(string Title)
        {
            public string [|Format|](IFormatProvider provider) => Title;
        }
        """);

    // ---- ARTG030: abstract -------------------------------------------------------------------------------------

    [Fact]
    public void ARTG030_AbstractRecord() => Expect("ARTG030", """
        [ArticleLayout("{Title}")]
        public [|abstract|] partial record R(string Title);
        """);

    // ---- ARTG031: a nested layout with errors ------------------------------------------------------------------

    [Fact]
    public void ARTG031_NestedStructWithArtg002()
    {
        GeneratorRun run = Expect("ARTG031", """
            [ArticleLayout("{Headline}\n{[|Place|]}")]
            public partial record Story(string Headline, Place Place);

            [ArticleLayout("{City}")]
            public partial struct Place { public string City { get; init; } }
            """, alsoExpected: "ARTG002");
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void ARTG031_NestedRecordWithAnUnknownMember()
    {
        GeneratorRun run = Expect("ARTG031", """
            [ArticleLayout("{Headline}\n{[|Place|]}")]
            public partial record Story(string Headline, Place? Place = null);

            [ArticleLayout("{City} {Nowhere}")]
            public partial record Place(string City);
            """, alsoExpected: "ARTG009");
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void ARTG031_TwoLevelsDeep()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            [ArticleLayout("{Headline}\n{Desk}")]
            public partial record Story(string Headline, Desk Desk);

            [ArticleLayout("Desk {Place}")]
            public partial record Desk(Place Place);

            [ArticleLayout("{City}")]
            public abstract partial record Place(string City);
            """);
        Assert.Equal(new[] { "ARTG030", "ARTG031", "ARTG031" }, run.Artg.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Contains(run.Artg, d => d.Id == "ARTG031" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'Desk' has type 'Desk'", StringComparison.Ordinal));
        Assert.Empty(run.Sources);
    }

    // ---- ARTG032: settable members outside the layout ----------------------------------------------------------

    [Fact]
    public void ARTG032_InitPropertyOutsideTheLayout() => Expect("ARTG032", """
        [ArticleLayout("By {Author}")]
        public partial record Byline(string Author)
        {
            public string? [|Desk|] { get; init; }
        }
        """, severity: DiagnosticSeverity.Warning);

    [Fact]
    public void ARTG032_PositionalParameterWithDefaultOutsideTheLayout() => Expect("ARTG032", """
        [ArticleLayout("By {Author}")]
        public partial record Byline(string Author, string? [|Desk|] = null);
        """, severity: DiagnosticSeverity.Warning);

    [Fact]
    public void ARTG032_WritableFieldOutsideTheLayout() => Expect("ARTG032", """
        [ArticleLayout("By {Author}")]
        public partial record Byline(string Author)
        {
            public int [|Edits|];
        }
        """, severity: DiagnosticSeverity.Warning);

    [Fact]
    public void ARTG032_NotForGetOnlyOrComputedMembers()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            [ArticleLayout("By {Author}")]
            public partial record Byline(string Author)
            {
                public string Upper => Author.ToUpperInvariant();
                public string Desk { get; } = "city";
                private readonly int _seen;
                public const int Max = 3;
                public static string? Default { get; set; }
            }
            """);
        Assert.Empty(run.Artg);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void ARTG032_IsSuppressedByPragmaAndCodeIsGenerated()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            [ArticleLayout("By {Author}")]
            public partial record Byline(string Author)
            {
            #pragma warning disable ARTG032
                public string? Desk { get; init; }
            #pragma warning restore ARTG032
            }
            """);
        Assert.All(run.Artg, d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ARTG032");
        Assert.NotEmpty(run.Sources);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    // ---- the generated code itself stays clear of user names ---------------------------------------------------

    [Theory]
    [InlineData("other")]
    [InlineData("hash")]
    public void GeneratedEqualityIgnoresMembersNamedLikeItsLocals(string name)
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + $$"""
            [ArticleLayout("{Title}\n\n{Body...}\n-- {{{name}}}")]
            public partial record R(string Title, IReadOnlyList<string> Body, string {{name}});
            """);
        Assert.Empty(run.Artg);
        Assert.Contains("bool Equals(", run.AllSources, StringComparison.Ordinal);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    [Theory]
    [InlineData("\\0")]
    [InlineData("\\u0001")]
    [InlineData("\\uD800")]
    [InlineData("\\uFFFF")]
    public void ControlCharactersInTheLayoutKeepTheGeneratedXmlDocsWellFormed(string escape)
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + "[ArticleLayout(\" {Title}=" + escape + "\")]\npublic partial record R(string Title);\n");
        Assert.Empty(run.Artg);
        Assert.NotEmpty(run.Sources);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    // ---- ARTG017 for the BCL types whose formats are known (issue 12: Format threw FormatException) --------------

    [Theory]
    [InlineData("Guid", "O")]
    [InlineData("Guid", "DD")]
    [InlineData("TimeSpan", "Q")]
    [InlineData("Int128", "Q")]
    [InlineData("UInt128", "Z")]
    [InlineData("Half", "Q")]
    [InlineData("System.Numerics.BigInteger", "Q")]
    public void ARTG017_InvalidFormatOfAKnownBclType(string type, string format) => Expect("ARTG017", $$"""
        [ArticleLayout("{Title} {Value:[|{{format}}|]}")]
        public partial record R(string Title, {{type}} Value);
        """);

    [Theory]
    [InlineData("Guid", "N")]
    [InlineData("Guid", "b")]
    [InlineData("TimeSpan", "c")]
    [InlineData("TimeSpan", "g")]
    [InlineData("TimeSpan", "hh\\\\:mm\\\\:ss\\\\.fffffff")]
    [InlineData("Int128", "D5")]
    [InlineData("Half", "R")]
    [InlineData("System.Numerics.BigInteger", "D")]
    public void ValidFormatsOfKnownBclTypesCompile(string type, string format)
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + $$"""
            [ArticleLayout("{Title} {Value:{{format}}}")]
            public partial record R(string Title, {{type}} Value);
            """);
        Assert.DoesNotContain(run.Artg, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }
}

/// <summary>ARTG040: a name that clashes with the feed API leaves the feed API out; the rest is generated and compiles.</summary>
public partial class DiagnosticTests
{
    [Theory]
    [InlineData("ArticleFeed")]
    [InlineData("ReadFeed")]
    [InlineData("ReadFeedAsync")]
    [InlineData("ReadFeedFile")]
    [InlineData("ReadFeedFileAsync")]
    [InlineData("WriteFeed")]
    [InlineData("WriteFeedAsync")]
    public void ARTG040_CapturedMemberNamedLikeTheFeedApi(string name) => ExpectFeedApiLeftOut($$"""
        [ArticleLayout("{Headline}\nFeed: {{{name}}}\n(END)")]
        public partial record Bulletin(string Headline, string [|{{name}}|]);
        """);

    [Fact]
    public void ARTG040_UserMethodNamedReadFeed() => ExpectFeedApiLeftOut("""
        [ArticleLayout("{Headline}\n(END)")]
        public partial record Bulletin(string Headline)
        {
            public static System.Collections.Generic.IEnumerable<Bulletin> [|ReadFeed|](System.IO.Stream utf8) => System.Linq.Enumerable.Empty<Bulletin>();
        }
        """);

    [Fact]
    public void ARTG040_RecordNamedArticleFeed() => ExpectFeedApiLeftOut("""
        [ArticleLayout("{Headline}\n(END)")]
        public partial record [|ArticleFeed|](string Headline);
        """, record: "ArticleFeed");

    [Fact]
    public void ARTG040_NotForOneLineLayoutsWhichHaveNoFeedApi()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            [ArticleLayout("{Headline} ({ReadFeed})")]
            public partial record Bulletin(string Headline, string ReadFeed);
            """);
        Assert.Empty(run.Artg);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    [Fact]
    public void ARTG040_IsSuppressedByPragma()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + """
            [ArticleLayout("{Headline}\n(END)")]
            public partial record Bulletin(string Headline)
            {
            #pragma warning disable ARTG040
                public static int WriteFeed => 0;
            #pragma warning restore ARTG040
            }
            """);
        Assert.All(run.Artg, d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ARTG040");
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    private static void ExpectFeedApiLeftOut(string marked, string record = "Bulletin")
    {
        GeneratorRun run = Expect("ARTG040", marked, severity: DiagnosticSeverity.Warning);
        string generated = Assert.Single(run.Sources, s => s.HintName.EndsWith(".ArticleLayout.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("public static " + record + " Parse(string text)", generated.Replace("global::", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("global::ArticleGen.ArticleFeed<", generated, StringComparison.Ordinal);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }
}
