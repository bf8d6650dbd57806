DossierSearch.shard("yi", {"yi":"3.6,1.6"});
