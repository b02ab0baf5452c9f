using ArticleGen;

namespace WireStories;

/// <summary>
/// Reads wire stories with the layouts in Layouts.cs, prints what was read, and checks that Format() writes
/// the story back. Usage:
/// <code>
/// WireStories                                      the bundled Stories/ folder
/// WireStories [--layout yonhap|ap|feed] FILE...    the given files
/// </code>
/// Exit code: 0 when every file was read, 1 when one was not, 2 for bad arguments.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: WireStories [--layout yonhap|ap|feed] FILE...";

    /// <summary>The layouts this sample knows, in the order they are tried when nothing else says which.</summary>
    private static readonly string[] LayoutNames = ["yonhap", "ap", "feed"];

    private static int Main(string[] args)
    {
        if (!TryReadArguments(args, out string? layout, out List<string> files, out string? usageError))
        {
            Console.Error.WriteLine(usageError);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (files.Count == 0)
        {
            files = BundledStories();
        }

        int failures = 0;
        foreach (string file in files)
        {
            if (!ReportFile(file, layout))
            {
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool TryReadArguments(string[] args, out string? layout, out List<string> files, out string? error)
    {
        layout = null;
        files = [];
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--layout")
            {
                if (i + 1 == args.Length || !LayoutNames.Contains(args[i + 1]))
                {
                    error = "--layout needs one of: " + string.Join(", ", LayoutNames);
                    return false;
                }

                layout = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unknown option {args[i]}";
                return false;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        // A layout with nothing to read is almost certainly a forgotten file name, not a request for the demo.
        if (layout is not null && files.Count == 0)
        {
            error = "no files given";
            return false;
        }

        return true;
    }

    /// <summary>The sample stories, copied next to the executable by the project file.</summary>
    private static List<string> BundledStories()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Stories");
        return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads one file and prints its report, or its error on stderr. Returns false on error.</summary>
    private static bool ReportFile(string path, string? layout)
    {
        string shownName = ShownName(path);
        byte[] utf8;
        try
        {
            // The raw bytes: the generated UTF-8 Parse overload needs no decoding step.
            utf8 = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{shownName}: {e.Message}");
            return false;
        }

        layout ??= LayoutFromFileName(path) ?? GuessLayout(utf8);
        Console.WriteLine($"== {shownName} ({layout})");
        try
        {
            ParseAndReport(layout, utf8);
            return true;
        }
        catch (ArticleFormatException error)
        {
            PrintError(shownName, error);
            return false;
        }
    }

    /// <summary>Bundled stories are shown as Stories/NAME rather than by their long absolute path.</summary>
    private static string ShownName(string path) =>
        path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal)
            ? Path.GetRelativePath(AppContext.BaseDirectory, path)
            : path;

    /// <summary>"yonhap-seed.txt" is a Yonhap story, "ap-strike.txt" an AP one; other names say nothing.</summary>
    private static string? LayoutFromFileName(string path)
    {
        string name = Path.GetFileName(path);
        return LayoutNames.FirstOrDefault(layout => name.StartsWith(layout + "-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The first layout that reads the text. When none does, the one that got furthest before failing: its
    /// error is the one most likely to point at the real mistake in the file.
    /// </summary>
    private static string GuessLayout(byte[] utf8)
    {
        string? fitting = LayoutNames.FirstOrDefault(layout => Fits(layout, utf8));
        return fitting ?? LayoutNames.MaxBy(layout => FailurePosition(layout, utf8))!;
    }

    private static bool Fits(string layout, byte[] utf8) => layout switch
    {
        "yonhap" => YonhapStory.TryParse(utf8, out _),
        "ap" => ApStory.TryParse(utf8, out _),
        "feed" => FeedStory.TryParse(utf8, out _),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    /// <summary>Where reading with <paramref name="layout"/> stopped, as (line, column).</summary>
    private static (int Line, int Column) FailurePosition(string layout, byte[] utf8)
    {
        try
        {
            ParseOnly(layout, utf8);
            return (int.MaxValue, int.MaxValue);
        }
        catch (ArticleFormatException error)
        {
            return (error.Line, error.Column);
        }
    }

    private static void ParseOnly(string layout, byte[] utf8)
    {
        switch (layout)
        {
            case "yonhap": YonhapStory.Parse(utf8); break;
            case "ap": ApStory.Parse(utf8); break;
            case "feed": FeedStory.Parse(utf8); break;
            default: throw new ArgumentOutOfRangeException(nameof(layout), layout, null);
        }
    }

    /// <summary>
    /// Parses the story, prints its fields, then checks the way back: Format() against the input bytes, and
    /// Parse(Format()) against the record. Throws <see cref="ArticleFormatException"/> when the text does not fit.
    /// </summary>
    private static void ParseAndReport(string layout, byte[] utf8)
    {
        switch (layout)
        {
            case "yonhap":
                YonhapStory yonhap = YonhapStory.Parse(utf8);
                StoryReport.Print(yonhap);
                StoryReport.PrintRoundTrip(utf8, yonhap.Format(), canonical => YonhapStory.Parse(canonical) == yonhap);
                break;
            case "ap":
                ApStory ap = ApStory.Parse(utf8);
                StoryReport.Print(ap);
                StoryReport.PrintRoundTrip(utf8, ap.Format(), canonical => ApStory.Parse(canonical) == ap);
                break;
            case "feed":
                FeedStory feed = FeedStory.Parse(utf8);
                StoryReport.Print(feed);
                StoryReport.PrintRoundTrip(utf8, feed.Format(), canonical => FeedStory.Parse(canonical) == feed);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(layout), layout, null);
        }
    }

    /// <summary>
    /// Prints <c>file:line:column: message</c>, the form editors and CI logs turn into links. The rest of a
    /// multi-line message (the offending line and a caret under the column) follows, indented.
    /// </summary>
    private static void PrintError(string file, ArticleFormatException error)
    {
        string[] lines = error.Message.ReplaceLineEndings("\n").Split('\n');

        // The message opens with "Line L, column C: ", which file:line:column: already says.
        string location = $"Line {error.Line}, column {error.Column}: ";
        string first = lines[0].StartsWith(location, StringComparison.Ordinal) ? lines[0][location.Length..] : lines[0];

        Console.Error.WriteLine($"{file}:{error.Line}:{error.Column}: {first}");
        foreach (string line in lines.Skip(1))
        {
            Console.Error.WriteLine("    " + line);
        }
    }
}
