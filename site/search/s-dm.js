DossierSearch.shard("dm", {"dmitri":"0.9"});
