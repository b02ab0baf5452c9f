using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// The generated code compiles wherever records do (C# 9 and later): without static abstract interface members
/// (before C# 11) the record simply does not implement ISpanParsable&lt;T&gt; and friends, and members whose
/// conversion needs them are reported (ARTG016) instead of producing code that does not compile.
/// </summary>
public class LanguageVersionTests
{
    // Before C# 11 there are no raw strings: the layout is a verbatim string, as such users would write it.
    private const string TextOnlyLayout = """
        using System;
        using System.Collections.Generic;
        using ArticleGen;

        namespace Wire
        {
            [ArticleLayout(@"{Headline}
        By {Byline}

        {Dateline} -- {Lead}

        {Body...}[

        ({Credit})]")]
            public partial record Story(string Headline, string Byline, Place Dateline, string Lead, IReadOnlyList<string> Body, string? Credit);

            [ArticleLayout("{City}, {Date} ({Agency})")]
            public partial record Place(string City, ReadOnlyMemory<char> Date, string Agency);
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void Text_members_compile_cleanly_from_CSharp_9_on(LanguageVersion version)
    {
        GeneratorRun run = RunWith(version, TextOnlyLayout);

        Assert.Empty(run.Artg);
        Assert.Equal(2, run.Sources.Count);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        bool implementsInterfaces = run.Sources.Any(s => s.Text.Contains("global::System.ISpanParsable<", StringComparison.Ordinal));
        Assert.Equal(version is LanguageVersion.CSharp11 or LanguageVersion.Latest, implementsInterfaces);
    }

    // UTF-8 members, and callers passing every kind of byte input: each call must bind without ambiguity.
    private const string Utf8MemoryLayout = """
        using System;
        using System.Collections.Generic;
        using ArticleGen;

        namespace Wire
        {
            [ArticleLayout(@"{Headline}

        {Body...}")]
            public partial record Story(ReadOnlyMemory<byte> Headline, IReadOnlyList<ReadOnlyMemory<byte>> Body);

            public static class Callers
            {
                public static Story FromArray(byte[] bytes) => Story.Parse(bytes);

                public static Story FromSpan(Span<byte> bytes) => Story.Parse(bytes);

                public static Story FromReadOnlySpan(ReadOnlySpan<byte> bytes) => Story.Parse(bytes);

                public static Story FromMemory(Memory<byte> bytes) => Story.Parse(bytes);

                public static Story FromReadOnlyMemory(ReadOnlyMemory<byte> bytes) => Story.Parse(bytes);

                public static bool TryFromArray(byte[]? bytes, out Story? story) => Story.TryParse(bytes, out story);

                public static bool TryFromSpan(Span<byte> bytes, out Story? story) => Story.TryParse(bytes, out story);

                public static bool TryFromMemory(ReadOnlyMemory<byte> bytes, out Story? story) => Story.TryParse(bytes, out story);

                public static Story FromText(string text) => Story.Parse(text);
                LITERAL
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void Utf8_members_and_every_byte_argument_compile_cleanly_from_CSharp_9_on(LanguageVersion version)
    {
        bool u8 = version is LanguageVersion.CSharp11 or LanguageVersion.Latest;
        string literal = u8 ? "public static Story FromLiteral() => Story.Parse(\"Head\\n\\nBody.\\n\"u8);" : string.Empty;

        GeneratorRun run = RunWith(version, Utf8MemoryLayout.Replace("LITERAL", literal));

        Assert.Empty(run.Artg);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        string story = Assert.Single(run.Sources).Text;
        Assert.Contains("public static global::Wire.Story Parse(global::System.ReadOnlyMemory<byte> utf8)", story, StringComparison.Ordinal);
        Assert.Contains("public static global::Wire.Story Parse(byte[] utf8)", story, StringComparison.Ordinal);

        // The byte scanner needs C# 11: before it, UTF-8 is decoded and scanned as text, and the members are copies.
        Assert.Equal(u8, story.Contains("ArticleUtf8Input.From(utf8)", StringComparison.Ordinal));
        Assert.Equal(!u8, story.Contains("ArticleInput.FromUtf8(utf8.Span", StringComparison.Ordinal));
        Assert.Equal(!u8, story.Contains("are copies here", StringComparison.Ordinal));
    }

    private const string VariantLayouts = """
        using System.Collections.Generic;
        using ArticleGen;

        namespace Wire
        {
            [ArticleVariant(typeof(Story))]
            [ArticleVariant(typeof(Brief))]
            public abstract partial record Item;

            [ArticleLayout(@"STORY {Slug}
        {Headline}

        {Body...}")]
            public partial record Story(string Slug, string Headline, IReadOnlyList<string> Body) : Item;

            [ArticleLayout("BRIEF {Text}")]
            public partial record Brief(string Text) : Item;

            [ArticleLayout(@"WIRE {Desk}
        >>> {Items...}
        (END)")]
            public partial record Feed(string Desk, IReadOnlyList<Item> Items);
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void Variants_compile_cleanly_from_CSharp_9_on(LanguageVersion version)
    {
        GeneratorRun run = RunWith(version, VariantLayouts);

        Assert.Empty(run.Artg);
        Assert.Equal(4, run.Sources.Count);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    [Fact]
    public void Typed_member_before_CSharp_11_is_reported_not_miscompiled()
    {
        const string Source = """
            using System;
            using ArticleGen;

            [ArticleLayout(" date {Date:yyyy-MM-dd}")]
            public partial record Header(DateOnly Date);
            """;

        GeneratorRun run = RunWith(LanguageVersion.CSharp10, Source);

        Diagnostic diagnostic = Assert.Single(run.Artg);
        Assert.Equal("ARTG016", diagnostic.Id);
        Assert.Contains("C# 11", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public void Record_before_CSharp_9_is_reported_with_the_setting_to_add(LanguageVersion version, string shown)
    {
        const string Source = """
            using ArticleGen;

            [ArticleLayout("{City}, {Date} ({Agency})")]
            public partial record Dateline(string City, string Date, string Agency);

            [ArticleLayout("{Title}")]
            public partial record Slug { public string Title { get; set; } }
            """;

        GeneratorRun run = RunWith(version, Source);

        Assert.Equal(2, run.Artg.Count());
        Assert.All(run.Artg, d => Assert.Equal("ARTG038", d.Id));
        Assert.All(run.Artg, d => Assert.Equal("record", d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.Equal(
            $"'Dateline' is declared as a record, which C# {shown} does not have; set the project's LangVersion to 9.0 or later (netstandard2.0 and .NET Framework projects default to C# 7.3)",
            run.Artg.OrderBy(d => d.Location.SourceSpan.Start).First().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_method_returning_a_type_named_record_in_CSharp_9_is_not_reported()
    {
        const string Source = """
            using ArticleGen;

            public class record { }

            public static class Factory
            {
                [ArticleLayout("{Title}")]
                public static record Make() => new record();
            }
            """;

        GeneratorRun run = RunWith(LanguageVersion.CSharp9, Source);

        Assert.DoesNotContain(run.Artg, d => d.Id == "ARTG038");
    }

    internal static GeneratorRun RunWith(LanguageVersion version, string source)
    {
        var options = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(CSharpSyntaxTree.ParseText(source, options, path: "Test.cs"));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleLayoutGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true),
            parseOptions: options);
        return GeneratorHarness.Run(driver, compilation);
    }
}
