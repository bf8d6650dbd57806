DossierSearch.shard("yi", {"yi":"2.6,1.6"});
