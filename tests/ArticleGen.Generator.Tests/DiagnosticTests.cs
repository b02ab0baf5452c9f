using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// Every ARTG diagnostic that a declaration can trigger: its ID and its exact place, marked in the source as
/// <c>[|...|]</c>. Faults in the layout must be reported at the characters inside the string literal that
/// wrote them, through escapes (regular strings), doubled quotes (verbatim strings) and removed indentation
/// (raw strings); faults of the declaration at the type name (or the enclosing type).
/// </summary>
public partial class DiagnosticTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing ArticleGen;\n\n";

    // ---- ARTG001-003, 025: the declaration --------------------------------------------------------------

    [Fact]
    public void ARTG001_NotPartial() => Expect("ARTG001", """
        [ArticleLayout("{Title}")]
        public record [|R|](string Title);
        """);

    [Fact]
    public void ARTG002_Class() => Expect("ARTG002", """
        [ArticleLayout("{Title}")]
        public partial class [|R|] { public string Title { get; init; } = ""; }
        """);

    [Fact]
    public void ARTG002_RecordStruct() => Expect("ARTG002", """
        [ArticleLayout("{Title}")]
        public partial record struct [|R|](string Title);
        """);

    [Fact]
    public void ARTG003_GenericRecord() => Expect("ARTG003", """
        [ArticleLayout("{Title}")]
        public partial record R[|<T>|](string Title);
        """);

    [Fact]
    public void ARTG003_NestedInNonPartialType() => Expect("ARTG003", """
        public class [|Outer|]
        {
            [ArticleLayout("{Title}")]
            public partial record R(string Title);
        }
        """);

    [Fact]
    public void ARTG003_NestedInGenericType() => Expect("ARTG003", """
        public partial class Outer[|<T>|]
        {
            [ArticleLayout("{Title}")]
            public partial record R(string Title);
        }
        """);

    [Fact]
    public void ARTG025_DerivedRecord() => Expect("ARTG025", """
        public record Base(string Title);

        [ArticleLayout("{Title}")]
        public partial record [|R|](string Title) : Base(Title);
        """);

    [Fact]
    public void ARTG025_FileLocalRecord() => Expect("ARTG025", """
        [ArticleLayout("{Title}")]
        file partial record [|R|](string Title);
        """);

    // ---- ARTG004-008: reading the layout --------------------------------------------------------------------

    [Fact]
    public void ARTG004_UnterminatedCapture() => Expect("ARTG004", """
        [ArticleLayout("Title: [|{|]Title")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG004_UnterminatedCapture_AfterEscapesInARegularString() => Expect("ARTG004", """
        [ArticleLayout("\t\"{Title}\"\n\\ \u00e9 \x41 [|{|]Note")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG004_UnterminatedCapture_BeforeALineBreak() => Expect("ARTG004", """
        [ArticleLayout("{Title}\n[|{|]Note\n}")]
        public partial record R(string Title);
        """, alsoExpected: "ARTG006");

    [Fact]
    public void ARTG005_UnterminatedGroup_RawString() => Expect("ARTG005", """"
        [ArticleLayout("""
            {Title}
              [|[|] ({Note})
            """)]
        public partial record R(string Title, string? Note);
        """");

    [Fact]
    public void ARTG006_StrayClosingBrace() => Expect("ARTG006", """
        [ArticleLayout("{Title} [|}|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG006_StrayClosingBrace_AfterEscapesInARegularString() => Expect("ARTG006", """
        [ArticleLayout("{Title}\n\\\r\n\"quoted\" [|}|] tail")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG006_StrayClosingBrace_VerbatimString() => Expect("ARTG006", """"
        [ArticleLayout(@"""{Title}"" said
        ""so"" [|}|]")]
        public partial record R(string Title);
        """");

    [Fact]
    public void ARTG006_StrayClosingBrace_UnicodeEscapes() => Expect("ARTG006", """
        [ArticleLayout("\u007BTitle\u007D \U0001F600 [|\u007D|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG007_StrayClosingBracket() => Expect("ARTG007", """
        [ArticleLayout("{Title}[|]|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG007_StrayClosingBracket_SingleLineRawString() => Expect("ARTG007", """"
        [ArticleLayout("""{Title} "quoted" [|]|]""")]
        public partial record R(string Title);
        """");

    [Fact]
    public void ARTG008_InvalidName() => Expect("ARTG008", """
        [ArticleLayout("{Title} [|{1st}|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG008_EmptyCapture() => Expect("ARTG008", """
        [ArticleLayout("{Title} [|{}|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG008_EmptyFormat() => Expect("ARTG008", """
        [ArticleLayout("{Title} [|{Count:}|]")]
        public partial record R(string Title, int Count = 0);
        """);

    [Fact]
    public void ARTG008_TildeOnAList() => Expect("ARTG008", """
        [ArticleLayout("{Title}\n\n[|{Body~...}|]")]
        public partial record R(string Title, System.Collections.Generic.IReadOnlyList<string> Body);
        """);

    // ---- ARTG009-011, 023: members --------------------------------------------------------------------------

    [Fact]
    public void ARTG009_UnknownMember() => Expect("ARTG009", """
        [ArticleLayout("{Title} {[|Nope|]}")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG009_UnknownMember_RawStringWithCrlf() => Expect("ARTG009", Crlf(""""
        [ArticleLayout("""
            {Title}

                indented {[|Nope|]}
            """)]
        public partial record R(string Title);
        """"));

    [Fact]
    public void ARTG009_UnknownMember_RawStringWithTabs() => Expect("ARTG009", "[ArticleLayout(\"\"\"\n\t\t{Title}\n\t\t\t{[|Nope|]}\n\t\t\"\"\")]\npublic partial record R(string Title);");

    [Fact]
    public void ARTG009_UnknownMember_VerbatimStringWithCrlf() => Expect("ARTG009", Crlf(""""
        [ArticleLayout(@"{Title}

        ""{[|Nope|]}""")]
        public partial record R(string Title);
        """"));

    [Fact]
    public void ARTG009_UnknownMember_AfterASurrogatePairEscape() => Expect("ARTG009", """
        [ArticleLayout("\U0001F600\uD83D\uDE00 \x41\x00e9{Title} {[|Nope|]}")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG009_UnknownMember_ConstantFallsBackToTheArgument() => Expect("ARTG009", """
        [ArticleLayout([|Layouts.Story|])]
        public partial record R(string Title);

        public static class Layouts { public const string Story = "{Title} {Nope}"; }
        """);

    [Fact]
    public void ARTG009_UnknownMember_ConcatenationFallsBackToTheArgument() => Expect("ARTG009", """
        [ArticleLayout([|"{Title}" + "\n" + "{Nope}"|])]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG010_DuplicateMember() => Expect("ARTG010", """
        [ArticleLayout("{Title} [|{Title}|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG011_MissingMember() => Expect("ARTG011", """
        [ArticleLayout([|"{Title}"|])]
        public partial record R(string Title, string Note);
        """);

    [Fact]
    public void ARTG011_MissingRequiredProperty() => Expect("ARTG011", """
        [ArticleLayout([|"{Title}"|])]
        public partial record R
        {
            public string Title { get; init; } = "";
            public required string Note { get; init; }
        }
        """);

    [Fact]
    public void ARTG023_ReadOnlyMember() => Expect("ARTG023", """
        [ArticleLayout("{[|Title|]}")]
        public partial record R
        {
            public string Title => "";
        }
        """);

    // ---- ARTG012-015: structure -----------------------------------------------------------------------------

    [Fact]
    public void ARTG012_AdjacentCaptures() => Expect("ARTG012", """
        [ArticleLayout("{Title}[|{Note}|]")]
        public partial record R(string Title, string Note);
        """);

    [Fact]
    public void ARTG013_GroupStartsWithACapture() => Expect("ARTG013", """
        [ArticleLayout("{Title}[[|{Note}|]]")]
        public partial record R(string Title, string? Note);
        """);

    [Fact]
    public void ARTG013_EmptyGroup() => Expect("ARTG013", """
        [ArticleLayout("{Title}[|[]|]")]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG014_GroupWithoutMember() => Expect("ARTG014", """
        [ArticleLayout("{Title}[| [ (none)]|]")]
        public partial record R(string Title);
        """.Replace("[| [", "[|[", StringComparison.Ordinal));

    [Fact]
    public void ARTG015_NonNullableInGroup() => Expect("ARTG015", """
        [ArticleLayout("{Title}[ ({[|Count|]})]")]
        public partial record R(string Title, int Count);
        """);

    // ---- ARTG016-017, 022, 026: types and formats -----------------------------------------------------------

    [Fact]
    public void ARTG016_UnsupportedType() => Expect("ARTG016", """
        [ArticleLayout("{Title} {[|Data|]}")]
        public partial record R(string Title, object Data);
        """);

    [Fact]
    public void ARTG017_InvalidFormat() => Expect("ARTG017", """
        [ArticleLayout("{Title} {Date:[|HH:mm|]}")]
        public partial record R(string Title, DateOnly Date);
        """);

    [Fact]
    public void ARTG017_InvalidFormat_VerbatimString() => Expect("ARTG017", """"
        [ArticleLayout(@"""{Title}"" {Count:[|X""|]}")]
        public partial record R(string Title, Kind Count);
        public enum Kind { A }
        """");

    [Fact]
    public void ARTG022_InaccessibleType()
    {
        // Only reachable together with the compiler's own CS0122 on the declaration (docs/diagnostics.md's example).
        GeneratorRun run = Expect("ARTG022", """
            public static class Desks { private enum Desk { Politics } }

            [ArticleLayout("{[|Desk|]}: {Title}")]
            public partial record R(Desks.Desk Desk, string Title);
            """);
        Assert.Contains(run.Compilation.GetDiagnostics(), d => d.Id == "CS0122");
    }

    [Fact]
    public void ARTG026_LossyFormat() => Expect("ARTG026", """
        [ArticleLayout("{Title} {Time:[|HH:mm|]}")]
        public partial record R(string Title, TimeOnly Time);
        """, severity: DiagnosticSeverity.Warning);

    [Fact]
    public void ARTG026_IsSuppressedByPragma()
    {
        const string declaration = """
            [ArticleLayout("{Title} {Time:HH:mm}")]
            public partial record R(string Title, TimeOnly Time);
            """;

        GeneratorRun reported = GeneratorHarness.Run(Usings + declaration);
        Assert.Contains(reported.GeneratorDiagnostics, d => d.Id == "ARTG026" && !d.IsSuppressed);

        GeneratorRun suppressed = GeneratorHarness.Run(Usings + "#pragma warning disable ARTG026\n" + declaration + "\n#pragma warning restore ARTG026\n");
        Assert.DoesNotContain(suppressed.GeneratorDiagnostics, d => d.Id == "ARTG026" && !d.IsSuppressed);
        Assert.NotEmpty(suppressed.Sources);
        Assert.True(suppressed.OutputProblems.Count == 0, GeneratorHarness.Describe(suppressed.OutputProblems));
    }

    // ---- ARTG018-021: lists and nesting ---------------------------------------------------------------------

    [Fact]
    public void ARTG018_ListCaptureOfASingleValue() => Expect("ARTG018", """
        [ArticleLayout("{Title}\n[|{Note...}|]")]
        public partial record R(string Title, string Note);
        """);

    [Fact]
    public void ARTG018_SingleCaptureOfAList() => Expect("ARTG018", """
        [ArticleLayout("{Title}\n[|{Items}|]")]
        public partial record R(string Title, List<string> Items);
        """);

    [Fact]
    public void ARTG019_AmbiguousListEnd() => Expect("ARTG019", """
        [ArticleLayout("[|{Items...}|]\n{Title}\n{Note}")]
        public partial record R(string Title, string Note, List<string> Items);
        """);

    [Fact]
    public void ARTG019_InlineListFollowedByThePrefixOfItsSeparator() => Expect("ARTG019", """
        [ArticleLayout("Places: [|{Places..., }|],{Note}")]
        public partial record R(List<string> Places, string Note);
        """);

    [Fact]
    public void ARTG019_NotReportedWhereOneLineOfLookAheadTellsTheLastLineApart()
    {
        // The last line before the end is Title, not an item: it is what the rest of the layout can read.
        GeneratorRun result = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using ArticleGen;
            [ArticleLayout("{Items...}\n{Title}")]
            public partial record R(string Title, List<string> Items);
            """);
        Assert.Empty(result.Artg);
        Assert.Empty(result.OutputProblems);
    }

    [Fact]
    public void ARTG020_ListSharesALineWithACapture() => Expect("ARTG020", """
        [ArticleLayout("{Title} [|{Items...}|]")]
        public partial record R(string Title, List<string> Items);
        """);

    [Fact]
    public void ARTG020_ListFollowedByText() => Expect("ARTG020", """
        [ArticleLayout("{Title}\n[|{Items...}|] (end)")]
        public partial record R(string Title, List<string> Items);
        """);

    [Fact]
    public void ARTG021_RecursiveLayout() => Expect("ARTG021", """
        [ArticleLayout("{Title} ({[|Next|]})")]
        public partial record R(string Title, R Next);
        """);

    // ---- ARTG024: the argument ------------------------------------------------------------------------------

    [Fact]
    public void ARTG024_NoArgument() => Expect("ARTG024", """
        [[|ArticleLayout|]]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG033_NewLineThatIsNotALineBreak() => Expect("ARTG033", """
        [ArticleLayout("TITLE: {Title}\n\n{Text}", NewLine = [|"\r"|])]
        public partial record R(string Title, string Text);
        """);

    [Fact]
    public void ARTG034_RepeatedPartHoldingMoreThanOneList() => Expect("ARTG034", """
        [ArticleLayout("<TOPICS>[|[<D>{Topics...}</D>{Note}]...|]</TOPICS>")]
        public partial record R(List<string> Topics, string Note);
        """);

    // ---- ARTG035-037, 039: variants -------------------------------------------------------------------------

    [Fact]
    public void ARTG035_VariantNotDerived() => Expect("ARTG035", """
        [ArticleVariant([|typeof(Brief)|])]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text);
        """);

    [Fact]
    public void ARTG035_VariantWithoutLayout() => Expect("ARTG035", """
        [ArticleVariant(typeof(Brief))]
        [ArticleVariant([|typeof(Plain)|])]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;

        public partial record Plain(string Text) : FeedItem;
        """);

    [Fact]
    public void ARTG035_VariantOfItself() => Expect("ARTG035", """
        [ArticleVariant([|typeof(FeedItem)|])]
        public abstract partial record FeedItem;
        """);

    [Fact]
    public void ARTG036_VariantListedTwice() => Expect("ARTG036", """
        [ArticleVariant(typeof(Brief))]
        [ArticleVariant([|typeof(Brief)|])]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;
        """);

    [Fact]
    public void ARTG037_VariantBaseWithLayout() => Expect("ARTG037", """
        [[|ArticleLayout("{Text}")|]]
        [ArticleVariant(typeof(Brief))]
        public abstract partial record FeedItem(string Text);

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem(Text);
        """);

    [Fact]
    public void ARTG039_VariantBaseNotAbstract() => Expect("ARTG039", """
        [ArticleVariant(typeof(Brief))]
        public partial record [|FeedItem|];

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;
        """);

    [Fact]
    public void ARTG025_DerivedRecordNotListedAsVariant() => Expect("ARTG025", """
        [ArticleVariant(typeof(Brief))]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;

        [ArticleLayout("NOTE {Text}")]
        public partial record [|Note|](string Text) : FeedItem;
        """);

    [Fact]
    public void ARTG025_VariantBaseNotPartial() => Expect("ARTG025", """
        [ArticleVariant(typeof(Brief))]
        public abstract record [|FeedItem|];

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;
        """);

    [Fact]
    public void ARTG021_VariantLeadingBackToItsBase() => Expect("ARTG021", """
        [ArticleVariant(typeof(Pair))]
        [ArticleVariant(typeof(Brief))]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text}")]
        public partial record Brief(string Text) : FeedItem;

        [ArticleLayout("PAIR {[|Inner|]}")]
        public partial record Pair(FeedItem Inner) : FeedItem;
        """);

    [Fact]
    public void ARTG031_VariantWithErrorsLeavesNoCodeForTheRecordHoldingTheBase() => Expect("ARTG031", """
        [ArticleVariant(typeof(Brief))]
        public abstract partial record FeedItem;

        [ArticleLayout("BRIEF {Text} {Text}")]
        public partial record Brief(string Text) : FeedItem;

        [ArticleLayout("TOP {[|Top|]}")]
        public partial record Front(FeedItem Top);
        """, alsoExpected: "ARTG010");

    [Fact]
    public void ARTG024_EmptyString() => Expect("ARTG024", """
        [ArticleLayout([|""|])]
        public partial record R(string Title);
        """);

    [Fact]
    public void ARTG024_NotAConstant() => Expect("ARTG024", """
        [ArticleLayout([|Layouts.Story|])]
        public partial record R(string Title);

        public static class Layouts { public static string Story = "{Title}"; }
        """);

    [Fact]
    public void BraceMessagesShowOneBraceWhereTheUserWritesOne()
    {
        GeneratorRun run = GeneratorHarness.Run(Usings + "[ArticleLayout(\"{Title} } {Note\")]\npublic partial record R(string Title);");
        string stray = Assert.Single(run.Artg, d => d.Id == "ARTG006").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        string open = Assert.Single(run.Artg, d => d.Id == "ARTG004").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("'}' closes no capture; write '}}' for a literal brace", stray);
        Assert.StartsWith("'{Note' starts a capture that is never closed", open, StringComparison.Ordinal);
        Assert.EndsWith("close it with '}' or write '{{' for a literal brace", open, StringComparison.Ordinal);
    }

    // ---- The descriptors ------------------------------------------------------------------------------------

    [Fact]
    public void ARTG038_record_in_a_CSharp_7_3_project_is_reported_at_record()
    {
        // More cases (C# 8, property-shaped records, a real type named 'record') are in LanguageVersionTests.
        GeneratorRun run = LanguageVersionTests.RunWith(
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3,
            "using ArticleGen;\n[ArticleLayout(\"{Title}\")]\npublic partial record Slug(string Title);");

        Diagnostic diagnostic = Assert.Single(run.Artg);
        Assert.Equal("ARTG038", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(60, 6), diagnostic.Location.SourceSpan);
        Assert.Contains("set the project's LangVersion to 9.0 or later", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptorHasATest()
    {
        var tested = typeof(DiagnosticTests).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), false).Length > 0)
            .Select(m => m.Name.Split('_')[0])
            .ToHashSet(StringComparer.Ordinal);
        string[] untested = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !tested.Contains(id)).ToArray();
        Assert.True(untested.Length == 0, "No test for " + string.Join(", ", untested));
    }

    [Fact]
    public void SeveritiesAreErrorsExceptTheWarningsThatStillGenerateCode()
    {
        Assert.Equal(40, DiagnosticDescriptors.All.Count);
        Assert.Equal(DiagnosticDescriptors.All.Count, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^ARTG0[0-9][0-9]$", descriptor.Id);
            Assert.Equal(descriptor.Id is "ARTG026" or "ARTG032" or "ARTG040" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
            Assert.Same(descriptor, DiagnosticDescriptors.ById(descriptor.Id));
        }
    }

    [Fact]
    public void HelpLinksPointAtTheirSectionOfTheDocs()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            string anchor = descriptor.Id.ToLowerInvariant();
            Assert.EndsWith("/docs/diagnostics.md#" + anchor, descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Contains("<a id=\"" + anchor + "\"></a>", docs, StringComparison.Ordinal);
            Assert.Contains("## " + descriptor.Id + ": " + descriptor.Title, docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnalyzerReleasesListEveryDescriptor()
    {
        string directory = Path.Combine(RepositoryRoot(), "src", "ArticleGen.Generator");
        string releases = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, StringComparison.Ordinal);
        }
    }

    // ---- Helpers --------------------------------------------------------------------------------------------

    private static string RepositoryRoot([CallerFilePath] string testFile = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", ".."));

    private static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>
    /// Compiles <paramref name="marked"/> (after the usings) and asserts that the generator reports
    /// <paramref name="id"/> exactly at the marked span, with a fully formatted message, and no other ARTG
    /// diagnostic than <paramref name="alsoExpected"/>.
    /// </summary>
    private static GeneratorRun Expect(string id, string marked, string? alsoExpected = null, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        string prefix = marked.Contains("\r\n", StringComparison.Ordinal) ? Usings.Replace("\n", "\r\n", StringComparison.Ordinal) : Usings;
        MarkedSource source = MarkedSource.Parse(prefix + marked);
        GeneratorRun run = GeneratorHarness.Run(source.Source);

        Assert.Null(run.Single.Exception);
        List<Diagnostic> artg = run.Artg.ToList();
        string all = GeneratorHarness.Describe(artg);
        Diagnostic? diagnostic = artg.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{id} was not reported. Reported:{Environment.NewLine}{all}");

        SyntaxTree? tree = GeneratorHarness.TreeOf(diagnostic!, run.Compilation);
        Assert.True(tree is not null && tree.FilePath == "Test.cs", $"{diagnostic} is not located in Test.cs");
        Assert.True(
            diagnostic!.Location.SourceSpan == source.Span,
            $"{id} is at {diagnostic.Location.SourceSpan} \"{source.Text(diagnostic.Location.SourceSpan)}\", expected {source.Span} \"{source.Text(source.Span)}\"");
        Assert.True(diagnostic.Location.IsInSource, $"{id} has a {diagnostic.Location.Kind} location, not a source location (#pragma and .editorconfig cannot reach it)");

        Assert.Equal(severity, diagnostic.Severity);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotMatch(@"\{[0-9]+\}|\{\{\{\{|\}\}\}\}", message);
        Assert.DoesNotContain("''", message, StringComparison.Ordinal);

        string[] others = artg.Where(d => d != diagnostic && d.Id != alsoExpected).Select(d => d.ToString()).ToArray();
        Assert.True(others.Length == 0, $"Other ARTG diagnostics besides {id}:{Environment.NewLine}{string.Join(Environment.NewLine, others)}");
        if (alsoExpected is not null)
        {
            Assert.Contains(artg, d => d.Id == alsoExpected);
        }

        return run;
    }
}
