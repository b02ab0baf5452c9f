using System.Globalization;
using System.Text;

namespace ArticleGen.Benchmarks;

/// <summary>The Yonhap story sizes the benchmarks are parameterized over.</summary>
public enum StorySize
{
    /// <summary>About 2 KB: a typical story, ~8 paragraphs of ~200 characters.</summary>
    Typical2KB,

    /// <summary>About 20 KB: a long story.</summary>
    Long20KB,

    /// <summary>About 1 MB: many paragraphs (stress size).</summary>
    Huge1MB,

    /// <summary>About 2 KB with Korean lead, body and caption (mostly three-byte UTF-8 characters).</summary>
    Korean2KB,
}

/// <summary>One input text: as a string, as UTF-8 bytes, and the canonical text a generated
/// <c>Format()</c> writes for it (<c>\n</c> line ends, final <c>\n</c>).</summary>
public sealed class StoryText
{
    public StoryText(string text, string canonical)
    {
        Text = text;
        Utf8 = Encoding.UTF8.GetBytes(text);
        Canonical = canonical;
        CanonicalUtf8 = Encoding.UTF8.GetBytes(canonical);
    }

    /// <summary>The input as it arrives (the feed story uses CRLF).</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> as UTF-8 bytes (no BOM).</summary>
    public byte[] Utf8 { get; }

    /// <summary>What Format() writes for the parsed story.</summary>
    public string Canonical { get; }

    /// <summary><see cref="Canonical"/> as UTF-8 bytes.</summary>
    public byte[] CanonicalUtf8 { get; }
}

/// <summary>
/// Deterministic, invented wire stories (fixed seed, <c>new Random(42)</c>), built as a model first and then
/// rendered in the agency's plain-text export format. The model is what every parser must return.
/// </summary>
public static class StoryInputs
{
    private const int Seed = 42;

    public static int TargetBytes(StorySize size) => size switch
    {
        StorySize.Typical2KB => 2_000,
        StorySize.Long20KB => 20_000,
        StorySize.Huge1MB => 1_000_000,
        StorySize.Korean2KB => 2_000,
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    private static readonly Dictionary<StorySize, (YonhapStory, StoryText)> YonhapCache = new();

    /// <summary>A Yonhap story of about <see cref="TargetBytes"/> UTF-8 bytes.</summary>
    public static (YonhapStory Story, StoryText Input) Yonhap(StorySize size)
    {
        lock (YonhapCache)
        {
            if (!YonhapCache.TryGetValue(size, out var built))
            {
                built = BuildYonhap(size);
                YonhapCache[size] = built;
            }

            return built;
        }
    }

    private static (YonhapStory, StoryText) BuildYonhap(StorySize size)
    {
        var random = new Random(Seed);
        int target = TargetBytes(size);
        bool korean = size == StorySize.Korean2KB;
        var date = new DateOnly(2024, 3, 5);
        string attention = "ADDS photo (file) in para 3, more details from para 6";
        var dateline = new Dateline("SEOUL", "Mar. 5", "Yonhap");
        string lead = korean ? KoreanParagraph(random, 70, 90) : Paragraph(random, 180, 240);
        string caption = korean
            ? "2024년 2월 27일 서울 도심에서 열린 기자회견에서 " + KoreanParagraph(random, 20, 30) + " (연합뉴스 자료사진)"
            : "This Feb. 27, 2024, file photo shows " + Clause(random, 14) + " at a news conference in central Seoul. (Yonhap)";

        // Header + dateline/lead + caption + separators, then body paragraphs until the target size.
        int bytes = Encoding.UTF8.GetByteCount(lead) + Encoding.UTF8.GetByteCount(caption) + attention.Length + 60;
        var body = new List<string>();
        while (bytes < target || body.Count < 2)
        {
            string paragraph = korean ? KoreanParagraph(random, 50, 80) : Paragraph(random, 130, 210);
            body.Add(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }

        var story = new YonhapStory(date, attention, dateline, lead, body.ToArray(), caption);
        string text = RenderYonhap(story);
        return (story, new StoryText(text, text));
    }

    /// <summary>The Yonhap plain-text export: header line with a leading space, blank line, dateline -- lead,
    /// blank line, paragraphs one blank line apart, three blank lines, photo caption, final <c>\n</c>.</summary>
    private static string RenderYonhap(YonhapStory s)
    {
        var sb = new StringBuilder();
        sb.Append(" date ").Append(s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (s.Attention is not null)
        {
            sb.Append(" (ATTN: ").Append(s.Attention).Append(')');
        }

        sb.Append("\n\n");
        sb.Append(s.Dateline.City).Append(", ").Append(s.Dateline.Date).Append(" (").Append(s.Dateline.Agency).Append(")");
        sb.Append(" -- ").Append(s.Lead).Append("\n\n");
        sb.AppendJoin("\n\n", s.Body);
        if (s.PhotoCaption is not null)
        {
            sb.Append("\n\n\n\n").Append(s.PhotoCaption);
        }

        sb.Append('\n');
        return sb.ToString();
    }

    private static (ApStory, StoryText)? apCache;

    /// <summary>An AP story of about 2 KB (note the em dash after "(AP)": not ASCII).</summary>
    public static (ApStory Story, StoryText Input) Ap()
    {
        lock (YonhapCache)
        {
            return apCache ??= BuildAp();
        }
    }

    private static (ApStory, StoryText) BuildAp()
    {
        var random = new Random(Seed);
        string headline = "Lawmakers weigh new limits on export credits as port talks stall";
        string byline = "MARIA DELGADO and KEVIN O'NEILL";
        string dateline = "WASHINGTON";
        string lead = Paragraph(random, 180, 240);
        var body = new List<string>();
        int bytes = headline.Length + byline.Length + lead.Length + 120;
        while (bytes < 2_000 || body.Count < 2)
        {
            string paragraph = Paragraph(random, 130, 210);
            body.Add(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }

        string contributors = "Associated Press writers Hannah Park in Seoul and Luis Ortega in Mexico City contributed to this report.";
        var story = new ApStory(headline, byline, dateline, lead, body.ToArray(), contributors);

        var sb = new StringBuilder();
        sb.Append(headline).Append('\n');
        sb.Append("By ").Append(byline).Append("\n\n");
        sb.Append(dateline).Append(" (AP) — ").Append(lead).Append("\n\n");
        sb.AppendJoin("\n\n", body);
        sb.Append("\n\n___\n\n").Append(contributors);
        sb.Append("\n\n(END)\n");
        string text = sb.ToString();
        return (story, new StoryText(text, text));
    }

    private static (FeedStory, StoryText)? feedCache;

    /// <summary>A Reuters-style feed story of about 2 KB: CRLF line ends, paragraphs hard-wrapped at 72
    /// columns, each paragraph's first line indented by three spaces, continuation lines not indented.</summary>
    public static (FeedStory Story, StoryText Input) Feed()
    {
        lock (YonhapCache)
        {
            return feedCache ??= BuildFeed();
        }
    }

    private const int WrapWidth = 72;

    private static (FeedStory, StoryText) BuildFeed()
    {
        var random = new Random(Seed);
        string slug = "BRITAIN-ECONOMY/RATES (UPDATE 2)";
        string headline = "UPDATE 2-Bank of England holds rates, signals patience as inflation cools";
        string city = "LONDON";
        string date = "March 5";
        string firstLinePrefix = $"   {city}, {date} (Reuters) - ";
        string lead = Wrap(Paragraph(random, 200, 260), firstLinePrefix.Length);
        var body = new List<string>();
        int bytes = slug.Length + headline.Length + firstLinePrefix.Length + lead.Length + 80;
        while (bytes < 2_000 || body.Count < 2)
        {
            string paragraph = Wrap(Paragraph(random, 130, 210), 3);
            body.Add(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 5;
        }

        string credits = "William Schomberg and Andy Bruce; Editing by Catherine Evans";
        var story = new FeedStory(slug, headline, city, date, lead, body.ToArray(), credits);

        var sb = new StringBuilder();
        sb.Append(slug).Append('\n');
        sb.Append(headline).Append('\n');
        sb.Append(firstLinePrefix).Append(lead).Append('\n');
        foreach (string paragraph in body)
        {
            sb.Append("   ").Append(paragraph).Append('\n');
        }

        sb.Append(" (Reporting by ").Append(credits).Append(")\n");
        string canonical = sb.ToString();
        string crlf = canonical.Replace("\n", "\r\n", StringComparison.Ordinal);
        return (story, new StoryText(crlf, canonical));
    }

    /// <summary>Hard-wraps <paramref name="text"/> (single spaces between words) at <see cref="WrapWidth"/>
    /// columns; the first line already has <paramref name="firstLineUsed"/> columns. Line breaks are <c>\n</c>,
    /// as the captured value holds them.</summary>
    private static string Wrap(string text, int firstLineUsed)
    {
        var sb = new StringBuilder(text.Length + 8);
        int column = firstLineUsed;
        bool lineStart = true;
        foreach (string word in text.Split(' '))
        {
            if (!lineStart && column + 1 + word.Length > WrapWidth)
            {
                sb.Append('\n');
                column = 0;
                lineStart = true;
            }

            if (!lineStart)
            {
                sb.Append(' ');
                column++;
            }

            sb.Append(word);
            column += word.Length;
            lineStart = false;
        }

        return sb.ToString();
    }

    // ---------------------------------------------------------------------------------------------------
    // Invented news prose: a small word list, deterministic choices, some punctuation, quotes, numbers and
    // parentheses. No text is taken from any real story.
    // ---------------------------------------------------------------------------------------------------

    private static readonly string[] Words =
    [
        "government", "officials", "ministry", "said", "on", "Tuesday", "Wednesday", "the", "a", "of", "in", "to",
        "and", "for", "with", "after", "before", "during", "talks", "agreement", "economy", "exports", "rose",
        "fell", "percent", "quarter", "year", "prices", "housing", "market", "central", "bank", "rate", "policy",
        "inflation", "growth", "forecast", "analysts", "expected", "announced", "plans", "new", "measures",
        "support", "small", "businesses", "workers", "union", "strike", "shipbuilding", "semiconductor", "chip",
        "makers", "investment", "billion", "won", "dollars", "foreign", "minister", "visit", "summit", "leaders",
        "regional", "security", "cooperation", "military", "drills", "joint", "coast", "guard", "vessel",
        "weather", "agency", "heavy", "rain", "warning", "southern", "provinces", "residents", "evacuated",
        "police", "investigation", "court", "ruling", "appeal", "prosecutors", "lawmakers", "parliament", "bill",
        "vote", "opposition", "ruling", "party", "election", "campaign", "candidates", "survey", "showed",
        "public", "opinion", "health", "hospitals", "doctors", "patients", "vaccine", "students", "schools",
        "university", "research", "team", "developed", "technology", "battery", "electric", "vehicles", "plant",
        "construction", "railway", "airport", "passengers", "flights", "tourists", "festival", "culture",
        "K-pop", "band", "album", "fans", "film", "director", "award", "Seoul", "Busan", "Incheon", "Daegu",
        "Gwangju", "Tokyo", "Beijing", "Washington", "Zürich", "café", "its", "their",
        "also", "further", "recent", "local", "national", "state-run", "Korea", "Japan", "China", "U.S.",
        "North", "South", "Yoon", "Lee", "Kim", "Park", "Choi", "spokesperson", "statement", "briefing",
    ];

    private static readonly string[] Speakers =
    [
        "a ministry official said", "Lee told reporters", "the statement said", "an analyst at a Seoul brokerage said",
        "Park said in a briefing", "the agency said",
    ];

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Clause(Random random, int words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Word(random));
        }

        return sb.ToString();
    }

    private static string Number(Random random) => random.Next(6) switch
    {
        0 => random.Next(2, 99).ToString(CultureInfo.InvariantCulture),
        1 => $"{random.Next(1, 999)},{random.Next(0, 1000):000}",
        2 => $"{random.Next(0, 20)}.{random.Next(0, 10)} percent",
        3 => random.Next(2015, 2025).ToString(CultureInfo.InvariantCulture),
        4 => $"{random.Next(1, 90)}.{random.Next(0, 10)} trillion won (US${random.Next(1, 70)} billion)",
        _ => $"No. {random.Next(1, 10)}",
    };

    private static string Sentence(Random random)
    {
        var sb = new StringBuilder();
        int words = random.Next(6, 16);
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            string word = Word(random);
            if (i == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            sb.Append(word);
            double roll = random.NextDouble();
            if (i > 1 && i < words - 1)
            {
                if (roll < 0.07)
                {
                    sb.Append(' ').Append(Number(random));
                }
                else if (roll < 0.12)
                {
                    sb.Append(" (").Append(Clause(random, random.Next(1, 4))).Append(')');
                }
                else if (roll < 0.20)
                {
                    sb.Append(',');
                }
            }
        }

        if (random.NextDouble() < 0.2)
        {
            // "... a quoted remark," a speaker said.
            sb.Append(", \"").Append(Clause(random, random.Next(4, 10))).Append(",\" ")
              .Append(Speakers[random.Next(Speakers.Length)]);
        }

        sb.Append('.');
        return sb.ToString();
    }

    /// <summary>One paragraph of whole sentences, at least <paramref name="min"/> characters, growing past
    /// <paramref name="max"/> only by its last sentence.</summary>
    // Invented Korean news phrases (not from any story): a subject, an object or adverbial, a predicate.
    private static readonly string[] KoreanSubjects =
    [
        "정부는", "기획재정부는", "한국은행은", "서울시는", "관계자는", "전문가들은", "업계는", "국회는", "여당은", "야당은",
        "수출 기업들은", "시민단체는", "기상청은", "경찰은", "교육부는",
    ];

    private static readonly string[] KoreanMiddles =
    [
        "오늘 오전", "지난해 같은 기간보다", "올해 하반기에", "반도체 수출이", "물가 안정을 위해", "중소기업 지원 방안을",
        "금리 동결 결정에 대해", "주택 시장의 흐름을", "남부 지방에 내린 폭우로", "새 학기를 앞두고", "조선업 일자리가",
        "3.5% 늘어난 수출액이", "1조2천억 원 규모의 예산을", "\"신중한 접근\"이 필요하다며", "지역 경제 회복을",
    ];

    private static readonly string[] KoreanEnds =
    [
        "발표했다.", "밝혔다.", "전망했다.", "강조했다.", "설명했다.", "우려를 나타냈다.", "검토하고 있다.", "말했다.",
        "추진할 계획이다.", "집계됐다.", "확대하기로 했다.", "당부했다.",
    ];

    /// <summary>Korean sentences until about <paramref name="min"/> to <paramref name="max"/> characters.</summary>
    private static string KoreanParagraph(Random random, int min, int max)
    {
        int goal = random.Next(min, max + 1);
        var sb = new StringBuilder();
        while (sb.Length < goal)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(KoreanSubjects[random.Next(KoreanSubjects.Length)]).Append(' ')
              .Append(KoreanMiddles[random.Next(KoreanMiddles.Length)]).Append(' ')
              .Append(KoreanEnds[random.Next(KoreanEnds.Length)]);
        }

        return sb.ToString();
    }

    private static string Paragraph(Random random, int min, int max)
    {
        int goal = random.Next(min, max + 1);
        var sb = new StringBuilder();
        while (sb.Length < goal)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Sentence(random));
        }

        return sb.ToString();
    }
}
