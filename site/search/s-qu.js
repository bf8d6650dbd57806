DossierSearch.shard("qu", {"quad":"0.6,1.6","qualify":"0.6","quarrel":"2.6","quite":"3.8"});
