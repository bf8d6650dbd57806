DossierSearch.shard("ti", {"ties":"0.1,1.1,1.1,1.1,1.1","tighter":"1.6","tightly":"4.6","timing":"2.6","title":"1.6"});
