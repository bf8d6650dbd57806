DossierSearch.shard("ev", {"event":"0.6","evidence":"1.6","evident":"1.4,1.4"});
