DossierSearch.shard("of", {"offer":"1.6","office":"1.6","officials":"0.6,3.4","offici~":"0.6,3.4","offic~":"1.6"});
