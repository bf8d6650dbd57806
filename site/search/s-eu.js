DossierSearch.shard("eu", {"eu":"2.3,1.2,1.2","eurasian":"4.a","europe":"0.1,1.1,1.1,1.1,1.1","european":"0.1,2.2,1.2,1.2"});
