DossierSearch.shard("ll", {"lloyd":"0.6,2.6"});
