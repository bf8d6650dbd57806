DossierSearch.shard("ev", {"event":"0.6","evidence":"2.6","evident":"2.4,1.4","evid~":"2.5,1.4"});
