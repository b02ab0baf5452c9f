namespace ArticleGen.Tests;

/// <summary>Stories written for these tests (invented content) in the formats the layouts describe.</summary>
internal static class Stories
{
    /// <summary>The Yonhap export format: header with an ATTN note holding parentheses, photo caption after three blank lines.</summary>
    public const string YonhapWithPhoto =
        " date 2024-03-05 (ATTN: ADDS photo (file) in para 3)\n" +
        "\n" +
        "BUSAN, March 5 (Yonhap) -- The port city of Busan will open a floating library on its northern pier next month, city officials said Tuesday, in a bid to draw visitors back to the waterfront after the winter season.\n" +
        "\n" +
        "The two-story barge, moored beside the old ferry terminal, will hold about 12,000 books and a reading deck with views of the harbor bridge, according to the city's culture bureau.\n" +
        "\n" +
        "\"We wanted a place where people can read while the ships go by,\" a bureau official said. \"It is small, but it floats.\"\n" +
        "\n" +
        "Admission will be free -- except for special exhibitions -- and the library will stay open until 10 p.m. on weekends (local time).\n" +
        "\n" +
        "\n" +
        "\n" +
        "This file photo, provided by the Busan city government, shows the barge that will house the floating library. (PHOTO NOT FOR SALE) (Yonhap)\n";

    /// <summary>No ATTN note, no photo caption.</summary>
    public const string YonhapPlain =
        " date 2024-11-02\n" +
        "\n" +
        "SEJONG, Nov. 2 (Yonhap) -- Rice prices fell for a third straight month in October as a record harvest filled warehouses, government data showed Saturday.\n" +
        "\n" +
        "The average price of a 20-kilogram bag dropped 4.1 percent from a month earlier to 47,300 won, the agriculture ministry said.\n" +
        "\n" +
        "Officials said they would buy 100,000 tons from farmers to steady the market.\n";

    /// <summary>An AP-style story: headline, byline, em-dash dateline, (END) marker, optional contributors line.</summary>
    public const string Ap =
        "Glacier survey finds faster melt on northern slopes\n" +
        "By MARTA OLSEN\n" +
        "\n" +
        "TROMSO, Norway (AP) — Scientists measuring a glacier above the Lyngen Alps said Tuesday that its northern face lost ice twice as fast this summer as in the past decade.\n" +
        "\n" +
        "The team planted 40 stakes across the ice in June and returned in September to find some had tipped over entirely.\n" +
        "\n" +
        "\"We ran out of stake,\" said lead researcher Ida Brekke.\n" +
        "\n" +
        "___\n" +
        "\n" +
        "Associated Press writer Jon Haug in Oslo contributed to this report.\n" +
        "\n" +
        "(END)\n";

    /// <summary>A classic agency feed: CRLF, hard-wrapped lines, paragraphs indented by three spaces.</summary>
    public const string Feed =
        "BC-Markets-Stocks 11-28 0412\r\n" +
        "Stocks edge up as bond yields ease\r\n" +
        "   LONDON, Nov 28 (Reuters) - World stocks edged higher on Thursday\r\n" +
        "as government bond yields eased after softer inflation readings in\r\n" +
        "Europe, while the dollar held near a two-week low.\r\n" +
        "   The MSCI world index rose 0.3 percent by midday, its fifth gain\r\n" +
        "in six sessions.\r\n" +
        "   \"Markets are pricing a gentler path,\" said one strategist.\r\n" +
        " (Reporting by Ana Ruiz; Editing by Tom Price)\r\n";

    public static readonly string[] All = { YonhapWithPhoto, YonhapPlain, Ap, Feed };
}
