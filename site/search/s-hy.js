DossierSearch.shard("hy", {"hypersonic":"1.6"});
