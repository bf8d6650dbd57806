DossierSearch.shard("hy", {"hypersonic":"2.6","hyperson~":"2.6"});
