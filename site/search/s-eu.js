DossierSearch.shard("eu", {"eu":"1.2,2.3,1.2","eurasian":"1.a","europe":"0.1,1.1,1.1,1.1,1.1","european":"0.1,1.2,2.2,1.2","europ~":"0.1,1.1,1.1,1.1,1.1"});
