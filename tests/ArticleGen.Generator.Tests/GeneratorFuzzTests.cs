using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// Random and mutated [ArticleLayout] declarations through the generator, in batches (one file and namespace
/// per declaration, many in one compilation), checking for each: the generator does not throw, every ARTG
/// diagnostic lies inside the declaration, and a declaration without an ARTG error gets generated code that
/// compiles with no error or warning. A declaration that is not valid C# without the generator is not held to
/// the last rule (the compiler reports its own errors there).
/// ARTICLEGEN_HOSTILE_SCALE multiplies the count, ARTICLEGEN_HOSTILE_SEED changes the declarations.
/// </summary>
public sealed class GeneratorFuzzTests
{
    private const int DeclarationsPerScale = 2_000;
    private const int BatchSize = 500;

    /// <summary>
    /// Compiling is the slow part (about 0.1 s a generated file on a shared CI core), so a run compiles the
    /// generated code of this many distinct clean declarations per scale unit; every declaration is still run
    /// through the generator and has its diagnostics checked.
    /// </summary>
    private const int CompiledPerScale = 100;

    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("ARTICLEGEN_HOSTILE_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;

    private static readonly int Seed =
        int.TryParse(Environment.GetEnvironmentVariable("ARTICLEGEN_HOSTILE_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed) ? seed : 20_261_201;

    private readonly ITestOutputHelper _output;

    public GeneratorFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void RandomAndMutatedDeclarations_NeverThrow_PlaceDiagnosticsInside_AndCompileWhenClean()
    {
        var random = new Random(Seed);
        int total = DeclarationsPerScale * Scale;
        var declarations = new List<string>(total);
        var valid = new List<string>();
        for (int i = 0; i < total; i++)
        {
            // Half random, half a mutation of one of the first random declarations.
            string declaration = i % 2 == 0 || valid.Count == 0
                ? DeclarationGen.Random(random)
                : DeclarationGen.Mutate(random, valid[random.Next(valid.Count)]);
            declarations.Add(declaration);
            if (i % 2 == 0 && i < 40)
            {
                valid.Add(declaration);
            }
        }

        var totals = new Tally { CompiledPerBatch = Math.Max(1, CompiledPerScale * Scale * BatchSize / total) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<string>();
        for (int start = 0; start < total; start += BatchSize)
        {
            List<string> batch = declarations.Skip(start).Take(BatchSize).ToList();
            failures.AddRange(Check(batch, start, totals));
            if (failures.Count > 20)
            {
                break;
            }
        }

        var compiling = System.Diagnostics.Stopwatch.StartNew();
        failures.AddRange(CompileClean(totals));
        totals.BaseTime = compiling.Elapsed;

        _output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s; generator {totals.GeneratorTime.TotalSeconds:F1} s, compiling {totals.BaseTime.TotalSeconds:F1} s");
        _output.WriteLine($"seed {Seed}: {totals.Declarations} declarations, {totals.Clean} without an ARTG error, {totals.WithErrors} with one, {totals.Compiled} of them compiled ({totals.InvalidCSharp} more not valid C# on their own), {totals.Diagnostics} ARTG diagnostics ({string.Join(", ", totals.ById.Select(p => p.Key + " " + p.Value))})");
        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} failing declarations{Environment.NewLine}{string.Join(Environment.NewLine + "----" + Environment.NewLine, failures.Take(5))}");
        Assert.True(totals.Clean >= total / 10, $"Only {totals.Clean} of {total} declarations were clean: the generator of declarations tests too little.");
        Assert.True(totals.WithErrors >= total / 10, $"Only {totals.WithErrors} of {total} declarations had an ARTG error.");
    }

    private sealed class Tally
    {
        public int Declarations;
        public int Clean;
        public int WithErrors;
        public int InvalidCSharp;
        public int Diagnostics;
        public int Compiled;
        public int CompiledPerBatch;
        public TimeSpan GeneratorTime;
        public TimeSpan BaseTime;
        public readonly List<PendingCompile> Pending = new();
        public readonly SortedDictionary<string, int> ById = new(StringComparer.Ordinal);
    }

    /// <summary>Checks one batch; for a generator exception, bisects to the declaration that causes it.</summary>
    private static readonly HashSet<string> CheckedCode = new(StringComparer.Ordinal);

    private static List<string> Check(List<string> batch, int first, Tally tally)
    {
        var failures = new List<string>();
        SyntaxTree[] trees = batch.Select((source, i) => CSharpSyntaxTree.ParseText(Wrap(first + i, source), GeneratorHarness.ParseOptions, path: FileName(first + i))).ToArray();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(trees);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ArticleLayoutGenerator().AsSourceGenerator() }, parseOptions: GeneratorHarness.ParseOptions);
        var phase = System.Diagnostics.Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        tally.GeneratorTime += phase.Elapsed;
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            if (batch.Count == 1)
            {
                return new List<string> { $"generator threw {result.Exception}{Environment.NewLine}for:{Environment.NewLine}{batch[0]}" };
            }

            int half = batch.Count / 2;
            var firstHalf = Check(batch.Take(half).ToList(), first, tally);
            firstHalf.AddRange(Check(batch.Skip(half).ToList(), first + half, tally));
            return firstHalf;
        }

        tally.Declarations += batch.Count;
        var artg = diagnostics.Where(d => d.Id.StartsWith("ARTG", StringComparison.Ordinal)).ToList();
        tally.Diagnostics += artg.Count;
        foreach (Diagnostic d in artg)
        {
            tally.ById[d.Id] = tally.ById.GetValueOrDefault(d.Id) + 1;
        }

        var withError = new HashSet<int>();
        foreach (Diagnostic diagnostic in artg)
        {
            int index = trees.ToList().IndexOf(diagnostic.Location.SourceTree!);
            if (!diagnostic.Location.IsInSource || index < 0)
            {
                failures.Add($"{diagnostic} is not located in a declaration's file");
                continue;
            }

            var declaration = new TextSpanRange(Prefix(first + index).Length, Prefix(first + index).Length + batch[index].Length);
            if (!declaration.Contains(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.End))
            {
                failures.Add($"{diagnostic} lies outside the declaration ({declaration.Start}..{declaration.End}):{Environment.NewLine}{batch[index]}");
            }

            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                withError.Add(index);
            }
        }

        // Clean declarations whose generated code was not seen before (for another namespace: the nested Place of
        // most declarations) are compiled at the end, all together: a compilation costs seconds before its first file.
        var generatedOf = new Dictionary<int, List<SyntaxTree>>();
        foreach (SyntaxTree generated in output.SyntaxTrees.Except(trees))
        {
            int index = IndexOfGenerated(generated, output, trees, first) - first;
            if (index >= 0 && !withError.Contains(index))
            {
                (generatedOf.TryGetValue(index, out var list) ? list : generatedOf[index] = new List<SyntaxTree>()).Add(generated);
            }
        }

        int taken = 0;
        foreach ((int index, List<SyntaxTree> generated) in generatedOf)
        {
            string ns = "Fuzz" + (first + index).ToString(CultureInfo.InvariantCulture);
            var novel = generated.Where(g => CheckedCode.Add(g.ToString().Replace(ns + ".", "FuzzN.", StringComparison.Ordinal).Replace(ns + "\n", "FuzzN\n", StringComparison.Ordinal))).ToHashSet();
            if (novel.Count > 0 && taken++ < tally.CompiledPerBatch)
            {
                tally.Pending.Add(new PendingCompile(trees[index], generated, novel, batch[index]));
            }
        }

        for (int i = 0; i < batch.Count; i++)
        {
            if (withError.Contains(i))
            {
                tally.WithErrors++;
            }
            else
            {
                tally.Clean++;
            }
        }

        return failures;
    }

    private sealed record PendingCompile(SyntaxTree Source, List<SyntaxTree> Generated, HashSet<SyntaxTree> Checked, string Declaration);

    /// <summary>
    /// Compiles the pending declarations with their generated files in one compilation. One that is not valid C#
    /// on its own (errors in its own file without the generated code) is not held to compiling.
    /// </summary>
    private static List<string> CompileClean(Tally tally)
    {
        var failures = new List<string>();
        var owner = new Dictionary<SyntaxTree, PendingCompile>();
        foreach (PendingCompile p in tally.Pending)
        {
            owner[p.Source] = p;
            p.Generated.ForEach(g => owner[g] = p);
        }

        CSharpCompilation alone = GeneratorHarness.CreateCompilation(tally.Pending.Select(p => p.Source).ToArray());
        var own = alone.GetDiagnostics().Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && d.Location.SourceTree is not null).ToList();
        var invalid = own.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => owner[d.Location.SourceTree!]).ToHashSet();
        var ownKeys = own.Select(d => (d.Id, d.Location.SourceTree!.FilePath, d.Location.SourceSpan)).ToHashSet();
        Compilation clean = alone.AddSyntaxTrees(tally.Pending.SelectMany(p => p.Generated));

        // What the generated code brings: problems in it, and new ones in the declaration's own file (CS0111 may land on either method).
        var brought = clean.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed && d.Location.SourceTree is { } t && owner.ContainsKey(t))
            .Where(d => owner[d.Location.SourceTree!].Checked.Contains(d.Location.SourceTree!)
                || (owner[d.Location.SourceTree!].Source == d.Location.SourceTree && !ownKeys.Contains((d.Id, d.Location.SourceTree!.FilePath, d.Location.SourceSpan))));
        foreach (var failing in brought.GroupBy(d => owner[d.Location.SourceTree!]).Where(g => !invalid.Contains(g.Key)))
        {
            failures.Add($"generated code does not compile ({string.Join("; ", failing.Take(3).Select(p => p.Id + " " + p.GetMessage(CultureInfo.InvariantCulture)))}) for:{Environment.NewLine}{failing.Key.Declaration}");
        }

        tally.InvalidCSharp = invalid.Count;
        tally.Compiled = tally.Pending.Count - invalid.Count;
        return failures;
    }

    private readonly record struct TextSpanRange(int Start, int End)
    {
        public bool Contains(int start, int end) => start >= Start && end <= End;
    }

    private static string FileName(int index) => "Fuzz" + index.ToString(CultureInfo.InvariantCulture) + ".cs";

    /// <summary>The declaration a generated file comes from: by its hint name (FuzzN.), else by the record it extends.</summary>
    private static int IndexOfGenerated(SyntaxTree generated, Compilation output, SyntaxTree[] trees, int first)
    {
        System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(Path.GetFileName(generated.FilePath), @"^Fuzz([0-9]+)\.");
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        // A mutation moved the record out of its namespace.
        RecordDeclarationSyntax? record = generated.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>().LastOrDefault();
        ISymbol? symbol = record is null ? null : output.GetSemanticModel(generated).GetDeclaredSymbol(record);
        SyntaxTree? source = symbol?.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).FirstOrDefault(t => trees.Contains(t));
        return source is null ? -1 : first + Array.IndexOf(trees, source);
    }

    private static string Prefix(int index)
        => "using System;\nusing System.Collections.Generic;\nusing System.Collections.Immutable;\nusing ArticleGen;\n\nnamespace Fuzz"
            + index.ToString(CultureInfo.InvariantCulture) + "\n{\n";

    /// <summary>The declaration in a file of its own, in a namespace of its own (the generated file's hint name starts with it).</summary>
    private static string Wrap(int index, string declaration) => Prefix(index) + declaration + "\n}\n";
}

/// <summary>Builds declarations from the layout language's pieces, member names that clash, and garbage.</summary>
internal static class DeclarationGen
{
    private static readonly string[] PlainNames = { "Title", "Body", "Count", "Desk", "Tags", "When", "Id", "Note", "Lead", "Place", "Items", "@class", "Título", "value", "text", "result", "other", "hash", "list", "item", "length", "buffer", "tape", "error", "offset", "backing", "destination", "charsWritten", "written", "size", "utf8", "provider", "s", "input", "output", "i", "w" };

    private static readonly string[] ClashingNames = { "Parse", "TryParse", "Format", "TryFormat", "WriteTo", "__Scan", "__KeepBacking", "__ReadArticle", "__TryWriteArticle", "__TryReadTitle", "__TryReadCount", "__Materialize", "__EstimateLength", "__ReadsBack", "__ParseOrThrow", "__TryParse", "__FormatPooled", "__X", "ArticleFeed", "ReadFeed", "ReadFeedAsync", "WriteFeed", "WriteFeedAsync", "ReadFeedFile" };

    private static readonly string[] RecordNames = { "Story", "R", "Edition", "Byline", "Format", "Parse", "TryParse", "TryFormat", "WriteTo", "__Scan", "__ReadArticle", "Title", "Text", "Result", "Value", "ArticleFeed", "ReadFeed", "WriteFeedAsync" };

    private static readonly string[] ScalarTypes = { "string", "string?", "int", "int?", "long", "double", "decimal", "bool", "bool?", "DateOnly", "TimeOnly", "DateTime", "DateTimeOffset", "TimeSpan", "Guid", "Guid?", "Int128", "Half", "System.Numerics.BigInteger", "ReadOnlyMemory<char>", "Kind", "Kind?", "Place", "Place?", "object", "Uri", "Version", "char", "float", "byte", "UInt128" };

    private static readonly string[] CommonTypes = { "string", "string?", "int", "ReadOnlyMemory<char>", "Place", "DateOnly", "Guid" };

    private static readonly string[] ListTypes = { "IReadOnlyList<string>", "List<int>", "string[]", "ImmutableArray<string>", "IReadOnlyList<Place>", "IEnumerable<string>", "ReadOnlyMemory<char>[]", "IReadOnlyList<string>?", "List<Guid>" };

    private static readonly string[] Formats = { "yyyy-MM-dd", "O", "D4", "N0", "X", "x8", "G", "c", "g", "N", "B", "P", "Q", "HH:mm", "R", "E2", "F", "d", "", "yyyy}", "hh\\:mm", "0.00", "#,#", "'", "\\", "C" };

    private static readonly string[] Literals = { " ", ": ", " -- ", ", ", " (", ")", "\n", "\n\n", "\n- ", "- ", "TAGS\n", "By ", "date ", "#", "{{", "}}", "[[", "]]", "\t", "é", "\r\n", "\"", "\\", "\"\"\"", "  ", "--", "=", ".", "\n\n\n", "\u00a0" };

    private static readonly string[] ListLeads = { "\n", "\n\n", "\n- ", "\nTAGS\n", "\n* " };

    private static readonly string[] ListEnds = { "\n\n(END)", "\n-- end", "\n\nEND\n", "\n==\n" };

    private static readonly string[] Garbage = { "{", "}", "[", "]", "{:", "{...}", "{ }", "{1}", "{A B}", "{Title", "Title}", "[ ", "]", "{Title:}", "{Title...", "...}", "\0", "\u2028" };

    public static string Random(Random r)
    {
        string recordName = r.Next(12) == 0 ? Pick(r, RecordNames) : "Story";
        var members = new List<(string Name, string Type, bool List)>();
        int memberCount = r.Next(1, 6);
        for (int i = 0; i < memberCount; i++)
        {
            string name = r.Next(20) == 0 ? Pick(r, ClashingNames) : Pick(r, PlainNames);
            if (members.Any(m => m.Name == name))
            {
                continue;
            }

            bool list = r.Next(5) == 0;
            members.Add((name, list ? Pick(r, ListTypes) : r.Next(2) == 0 ? Pick(r, CommonTypes) : Pick(r, ScalarTypes), list));
        }

        string layout = Layout(r, members);
        return Declaration(r, recordName, members, layout);
    }

    private static string Layout(Random r, List<(string Name, string Type, bool List)> members)
    {
        var layout = new StringBuilder();
        if (r.Next(3) == 0)
        {
            layout.Append(Pick(r, Literals));
        }

        int groupDepth = 0;
        foreach (var member in members.OrderBy(_ => r.Next()))
        {
            if (r.Next(16) == 0)
            {
                continue;
            }

            bool nullable = member.Type.EndsWith('?');
            if (r.Next(nullable ? 2 : 20) == 0 && groupDepth == 0)
            {
                layout.Append('[').Append(Pick(r, Literals));
                groupDepth++;
            }

            if (member.List && r.Next(6) != 0)
            {
                // A list stands on its own line or paragraph, or after a prefix, and something ends it.
                layout.Append(Pick(r, ListLeads)).Append(Capture(r, member.Name, true)).Append(Pick(r, ListEnds));
                continue;
            }

            layout.Append(Capture(r, member.Name, member.List));
            if (groupDepth > 0 && r.Next(2) == 0)
            {
                layout.Append(']');
                groupDepth--;
            }

            layout.Append(Pick(r, Literals));
            if (r.Next(25) == 0)
            {
                layout.Append(Pick(r, Garbage));
            }
        }

        if (groupDepth > 0 && r.Next(4) != 0)
        {
            layout.Append(']');
        }

        if (r.Next(10) == 0)
        {
            layout.Append(Capture(r, Pick(r, ClashingNames.Concat(PlainNames).ToArray()), false));
        }

        return layout.ToString();
    }

    private static string Capture(Random r, string member, bool list)
    {
        string name = member.TrimStart('@');
        if (list)
        {
            return "{" + name + "...}";
        }

        return r.Next(5) == 0 ? "{" + name + ":" + Pick(r, Formats) + "}" : "{" + name + "}";
    }

    private static string Declaration(Random r, string recordName, List<(string Name, string Type, bool List)> members, string layout)
    {
        var d = new StringBuilder();
        d.Append("    public enum Kind { A, B }\n\n");
        bool positional = r.Next(3) != 0;
        string modifiers = r.Next(50) switch
        {
            0 => "public abstract partial record",
            1 => "public record",
            2 => "public partial record struct",
            3 => "public partial class",
            4 => "public sealed partial record",
            _ => "public partial record",
        };
        bool nestedBroken = r.Next(15) == 0;

        // Now and then the record is a variant of an abstract record, beside a second variant.
        bool variant = modifiers is "public partial record" or "public sealed partial record" && r.Next(8) == 0;
        string baseList = variant ? " : Item" : string.Empty;
        d.Append("    [ArticleLayout(").Append(Literal(r, layout)).Append(")]\n");
        d.Append("    ").Append(modifiers).Append(' ').Append(recordName);
        if (positional && !modifiers.EndsWith("class", StringComparison.Ordinal))
        {
            d.Append('(').Append(string.Join(", ", members.Select(m => m.Type + " " + m.Name))).Append(')').Append(baseList).Append("\n    {\n");
        }
        else
        {
            d.Append(baseList).Append("\n    {\n");
            foreach (var member in members)
            {
                d.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; init; }").Append(member.Type.EndsWith('?') || IsValueType(member.Type) ? "\n" : " = default!;\n");
            }
        }

        switch (r.Next(30))
        {
            case 0: d.Append("        public static ").Append(recordName).Append(" Parse(string text) => throw new NotSupportedException();\n"); break;
            case 1: d.Append("        public string Format(IFormatProvider provider) => \"\";\n"); break;
            case 2: d.Append("        public int __Scan => 1;\n"); break;
            case 3: d.Append("        public string? Extra { get; init; }\n"); break;
            case 4: d.Append("        public int Counter;\n"); break;
            case 5: d.Append("        public sealed class WriteTo { }\n"); break;
            case 6: d.Append("        public string Shown => \"x\";\n"); break;
        }

        d.Append("    }\n\n");
        if (variant)
        {
            d.Append("    [ArticleVariant(typeof(").Append(recordName).Append("))]\n    [ArticleVariant(typeof(Note))]\n    public abstract partial record Item;\n\n");
            d.Append("    [ArticleLayout(\"NOTE {Text}\")]\n    public partial record Note(string Text) : Item;\n\n");
        }

        d.Append(nestedBroken
            ? "    [ArticleLayout(\"{City}\")]\n    public partial struct Place { public string City { get; init; } }\n"
            : r.Next(15) == 0
                ? "    [ArticleLayout(\"{City} {Nowhere}\")]\n    public partial record Place(string City);\n"
                : "    [ArticleLayout(\"{City}, {Date} ({Agency})\")]\n    public partial record Place(string City, string Date, string Agency);\n");
        return d.ToString();
    }

    private static bool IsValueType(string type)
        => type is "int" or "long" or "double" or "decimal" or "bool" or "DateOnly" or "TimeOnly" or "DateTime" or "DateTimeOffset" or "TimeSpan" or "Guid" or "Int128" or "Half" or "System.Numerics.BigInteger" or "ReadOnlyMemory<char>" or "Kind" or "char" or "float" or "byte" or "UInt128" or "ImmutableArray<string>";

    /// <summary>The layout as a regular, verbatim or raw string literal (falling back where a form cannot hold it).</summary>
    private static string Literal(Random r, string layout)
    {
        int form = r.Next(3);
        if (form == 2 && !layout.Contains("\"\"\"", StringComparison.Ordinal) && layout.IndexOf('\0') < 0 && layout.IndexOf('\u2028') < 0 && !layout.Contains('\r', StringComparison.Ordinal))
        {
            string indent = new string(' ', r.Next(0, 9));
            string body = string.Join("\n", layout.Split('\n').Select(line => line.Length == 0 ? line : indent + line));
            return "\"\"\"\n" + body + "\n" + indent + "\"\"\"";
        }

        if (form == 1 && layout.IndexOf('\0') < 0 && layout.IndexOf('\u2028') < 0)
        {
            return "@\"" + layout.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return SymbolDisplay.FormatLiteral(layout, quote: true);
    }

    /// <summary>A small change to a declaration: a character of it removed, doubled or replaced, or a piece inserted.</summary>
    public static string Mutate(Random r, string declaration)
    {
        var text = new StringBuilder(declaration);
        int edits = r.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            // Most mutations go to the attribute's argument, the rest anywhere.
            int layoutStart = declaration.IndexOf("[ArticleLayout(", StringComparison.Ordinal) + 15;
            int layoutEnd = declaration.IndexOf(")]\n", layoutStart, StringComparison.Ordinal);
            int at = r.Next(4) != 0 && layoutEnd > layoutStart ? r.Next(layoutStart, layoutEnd) : r.Next(text.Length);
            at = Math.Min(at, text.Length - 1);
            switch (r.Next(5))
            {
                case 0: text.Remove(at, 1); break;
                case 1: text.Insert(at, text[at]); break;
                case 2: text.Insert(at, Pick(r, Garbage)); break;
                case 3: text.Insert(at, Pick(r, Literals).Replace("\n", "\\n", StringComparison.Ordinal)); break;
                default: text.Insert(at, Pick(r, ClashingNames)); break;
            }
        }

        return text.ToString();
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];
}
