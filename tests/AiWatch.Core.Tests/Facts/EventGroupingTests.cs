using AiWatch.Core.Facts;
using Microsoft.EntityFrameworkCore;
using static AiWatch.Core.Tests.Facts.FactStore;

namespace AiWatch.Core.Tests.Facts;

public sealed class EventGroupingTests : FactStoreTest
{
    private static readonly DateOnly March1 = new(2024, 3, 1);
    [Fact]
    public async Task The_same_lawsuit_from_three_articles_is_one_group_with_three_sources()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02", "elon-musk", "openai")));
        await store.StoreAsync("b", March1.AddDays(1), Result(Event("lawsuit", "2024-02-29", "openai", "elon-musk")));
        await store.StoreAsync("c", March1.AddDays(2), Result(Event("lawsuit", null, "elon-musk", "openai")));

        await using var db = database.Open();
        var group = await db.EventGroups.Include(g => g.Reports).SingleAsync();
        Assert.Equal(3, group.SourceCount);
        Assert.Equal(3, group.Reports.Count);
        Assert.Equal("2024-02-29", group.Date);
        Assert.Equal(new DateOnly(2024, 2, 29), group.DateStart);
        Assert.Equal("elon-musk,openai", group.ActorSlugs);
        Assert.Equal("lawsuit", group.Type);
        Assert.False(group.Hedged);
    }

    [Fact]
    public async Task Two_lawsuits_between_the_same_pair_at_different_dates_are_two_groups()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("b", new DateOnly(2024, 8, 6), Result(Event("lawsuit", "2024-08-05", "elon-musk", "openai")));
        await store.StoreAsync("c", new DateOnly(2024, 8, 7), Result(Event("lawsuit", "2024-08", "elon-musk", "openai")));

        await using var db = database.Open();
        var groups = await db.EventGroups.OrderBy(g => g.DateStart).ToListAsync();
        Assert.Equal(["2024-02-29", "2024-08-05"], groups.Select(g => g.Date));
        Assert.Equal([1, 2], groups.Select(g => g.SourceCount));
    }

    [Fact]
    public async Task One_article_telling_a_happening_twice_is_one_source()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai"), Event("lawsuit", null, "elon-musk", "openai")));

        await using var db = database.Open();
        var group = await db.EventGroups.Include(g => g.Reports).SingleAsync();
        Assert.Equal(1, group.SourceCount);
        Assert.Equal(2, group.Reports.Count);
    }

    [Fact]
    public async Task Different_types_participants_or_amounts_make_different_groups()
    {
        await store.StoreAsync("a", March1, Result(
            WithAmount(Event("bid", "2024-02", "elon-musk", "openai"), 97_400_000_000m, "USD"),
            WithAmount(Event("bid", "2024-02", "elon-musk", "openai"), 2_000_000_000m, "USD"),
            Event("lawsuit", "2024-02", "elon-musk", "openai"),
            Event("lawsuit", "2024-02", "elon-musk", "openai", "microsoft")));

        await using var db = database.Open();
        Assert.Equal(4, await db.EventGroups.CountAsync());
    }

    [Fact]
    public async Task Events_without_a_known_participant_are_never_merged()
    {
        await store.StoreAsync("a", March1, Result(Event("launch", "2024-02-29")));
        await store.StoreAsync("b", March1, Result(Event("launch", "2024-02-29", "inconnu")));

        await using var db = database.Open();
        Assert.Equal([1, 1], await db.EventGroups.Select(g => g.SourceCount).ToListAsync());
        Assert.Equal(0, await db.Events.CountAsync(e => e.GroupId == null));
    }

    [Fact]
    public async Task Re_analysis_shrinks_a_group_and_deletes_it_once_empty()
    {
        var a = await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02", "elon-musk", "openai")));
        var b = await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));

        var first = await store.ReplaceAsync(b, Result());
        await using (var db = database.Open())
        {
            var group = await db.EventGroups.SingleAsync();
            Assert.Equal((1, "2024-02"), (group.SourceCount, group.Date));
        }
        var second = await store.ReplaceAsync(a, Result());

        Assert.Equal(new RowChanges(0, 1, 0), first.Groups);
        Assert.Equal(new RowChanges(0, 0, 1), second.Groups);
        await using var check = database.Open();
        Assert.Equal(0, await check.EventGroups.CountAsync());
    }

    [Fact]
    public async Task A_re_analysed_report_that_still_tells_the_happening_keeps_its_group()
    {
        var a = await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        int groupId;
        await using (var db = database.Open())
        {
            groupId = (await db.EventGroups.SingleAsync()).Id;
        }

        var change = await store.ReplaceAsync(a, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));

        Assert.Equal(RowChanges.None, change.Groups);
        await using var check = database.Open();
        var group = await check.EventGroups.SingleAsync();
        Assert.Equal((groupId, 2), (group.Id, group.SourceCount));
    }

    [Fact]
    public async Task A_group_is_hedged_only_while_every_report_is()
    {
        var hedged = Event("bid", "2025-02", "elon-musk", "openai") with { Hedged = true };
        await store.StoreAsync("a", March1, Result(hedged));
        await using (var db = database.Open())
        {
            Assert.True((await db.EventGroups.SingleAsync()).Hedged);
        }

        var b = await store.StoreAsync("b", March1, Result(Event("bid", "2025-02-10", "elon-musk", "openai")));
        await using (var db = database.Open())
        {
            Assert.False((await db.EventGroups.SingleAsync()).Hedged);
        }

        await store.ReplaceAsync(b, Result());
        await using var check = database.Open();
        Assert.True((await check.EventGroups.SingleAsync()).Hedged);
    }

    [Fact]
    public async Task Deleting_an_article_shrinks_its_groups()
    {
        var a = await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        var b = await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai"), Event("launch", "2024-03", "openai")));

        var change = await store.DeleteAsync(b);

        Assert.Equal(new RowChanges(0, 1, 1), change.Groups);
        await using var db = database.Open();
        var group = await db.EventGroups.SingleAsync();
        Assert.Equal(1, group.SourceCount);
        Assert.Equal(a, (await db.Events.SingleAsync()).ArticleId);
    }

    [Fact]
    public async Task Catching_up_groups_events_stored_before_grouping_and_then_writes_nothing()
    {
        await store.StoreAsync("a", March1, Result(Event("lawsuit", "2024-02-29", "elon-musk", "openai")));
        await store.StoreAsync("b", March1, Result(Event("lawsuit", "2024-02", "elon-musk", "openai")));
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Events SET GroupId = NULL; DELETE FROM EventGroups; DELETE FROM Disputes;");
        }

        FactIndexChange first, second;
        await using (var db = database.Open())
        {
            first = await FactIndex.CatchUpAsync(db, Now);
            second = await FactIndex.CatchUpAsync(db, Now);
        }

        Assert.Equal(1, first.Groups.Created);
        Assert.Equal(1, first.Disputes.Created);
        Assert.Equal(FactIndexChange.None, second);
        await using var check = database.Open();
        Assert.Equal(2, (await check.EventGroups.SingleAsync()).SourceCount);
    }
}
