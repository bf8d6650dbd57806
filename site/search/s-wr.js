DossierSearch.shard("wr", {"wrapped":"2.6"});
