DossierSearch.shard("ll", {"lloyd":"0.6,3.6"});
