DossierSearch.shard("ti", {"ties":"0.1,1.1,1.1,1.1,1.1","tie~":"0.1,1.1,1.1,1.1,1.1","tighter":"2.6","tightly":"1.6","tight~":"1.6","time~":"3.6","timing":"3.6","title":"2.6","titl~":"2.6"});
