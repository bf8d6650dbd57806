DossierSearch.shard("ta", {"taiwan":"1.6,1.6","taking":"0.4,3.5","talks":"0.4,1.2,1.2","tame":"4.6","tampering":"2.6","target":"2.6","targeted":"3.8","targeting":"2.9","targets":"0.4,2.4"});
