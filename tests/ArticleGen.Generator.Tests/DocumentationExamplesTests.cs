using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// docs/diagnostics.md shows, for every ARTG diagnostic, a wrong declaration with the message it gets and the
/// right one. The examples must stay true: the wrong one reports that diagnostic with that message, the right
/// one reports nothing and compiles.
/// </summary>
public partial class DocumentationExamplesTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing ArticleGen;\n\n";

    /// <summary>
    /// Wrong examples that do not give what the docs say (see the skipped tests); remove an ID here when the
    /// docs or the generator are fixed.
    /// </summary>
    private static readonly HashSet<string> KnownMismatches = new(StringComparer.Ordinal)
    {
        "ARTG004", "ARTG006", "ARTG011", // messages reworded in DiagnosticDescriptors.cs, docs still show the old ones
        "ARTG022", // generator bug: reports ARTG016 for the inaccessible type (DiagnosticTests.ARTG022_InaccessibleType)
    };

    public static TheoryData<string> Ids => Data(DiagnosticDescriptors.All.Select(d => d.Id));

    public static TheoryData<string> MatchingIds => Data(DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !KnownMismatches.Contains(id)));

    public static TheoryData<string> MismatchedIds => Data(KnownMismatches);

    private static TheoryData<string> Data(IEnumerable<string> ids)
    {
        var data = new TheoryData<string>();
        foreach (string id in ids)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MatchingIds))]
    public void WrongExampleReportsTheDocumentedMessage(string id) => CheckWrong(id);

    [Theory]
    [MemberData(nameof(MismatchedIds))]
    public void Mismatch_WrongExampleReportsTheDocumentedMessage(string id) => CheckWrong(id);

    private static void CheckWrong(string id)
    {
        Example example = Section(id);
        GeneratorRun run = RunExample(example.Wrong);

        Assert.Null(run.Single.Exception);
        Diagnostic? diagnostic = run.Artg.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"The wrong example of {id} reports:{Environment.NewLine}{GeneratorHarness.Describe(run.Artg)}");
        Assert.Equal(example.Message, diagnostic!.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RightExampleCompiles(string id)
    {
        Example example = Section(id);
        GeneratorRun run = RunExample(example.Right);

        Assert.Null(run.Single.Exception);
        Assert.True(!run.Artg.Any(), $"The right example of {id} reports:{Environment.NewLine}{GeneratorHarness.Describe(run.Artg)}");
        var errors = run.OutputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"The right example of {id} does not compile:{Environment.NewLine}{GeneratorHarness.Describe(errors)}");
    }

    /// <summary>An example whose first line is <c>// LangVersion: X</c> is compiled as that C# version.</summary>
    private static GeneratorRun RunExample(string code)
    {
        Match version = Regex.Match(code, @"^// LangVersion: (?<v>[0-9.]+)\n");
        if (!version.Success)
        {
            return GeneratorHarness.Run(Usings + code);
        }

        Assert.True(Microsoft.CodeAnalysis.CSharp.LanguageVersionFacts.TryParse(version.Groups["v"].Value, out var languageVersion));
        return LanguageVersionTests.RunWith(languageVersion, Usings + code);
    }

    private sealed record Example(string Wrong, string Message, string Right);

    private static Example Section(string id, [CallerFilePath] string testFile = "")
    {
        string docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = docs.IndexOf("\n## " + id + ":", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/diagnostics.md has no section for {id}");
        int end = docs.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        string section = end < 0 ? docs[start..] : docs[start..end];

        Match wrong = WrongPattern().Match(section);
        Match right = RightPattern().Match(section);
        Assert.True(wrong.Success, $"The {id} section has no **Wrong** example followed by '> {id}: message'");
        Assert.True(right.Success, $"The {id} section has no **Right** example");
        Assert.Equal(id, wrong.Groups["id"].Value);
        return new Example(wrong.Groups["code"].Value, wrong.Groups["message"].Value.Trim(), right.Groups["code"].Value);
    }

    [GeneratedRegex(@"\*\*Wrong\*\*[^\n]*\n```csharp\n(?<code>.*?)\n```\n> (?<id>ARTG\d{3}): (?<message>[^\n]*)", RegexOptions.Singleline)]
    private static partial Regex WrongPattern();

    [GeneratedRegex(@"\*\*Right\*\*[^\n]*\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex RightPattern();
}
