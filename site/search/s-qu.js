DossierSearch.shard("qu", {"quad":"0.6,2.6","qualifi~":"0.6","qualify":"0.6","quarrel":"3.6","quite":"4.8","quit~":"4.8"});
